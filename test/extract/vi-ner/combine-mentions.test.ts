// extract() on Vietnamese: the rules' mentions and the tagger's spans combined into one reading.
// Each row: a sentence and the outermost mentions it must give (kind and text), in order.

import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/extract/extract.js';
import { processDoc } from '../../../src/pipeline/process-doc.js';
import { combineMentions, listItems, namedOrgs, orgShortNames, shortNames } from '../../../src/extract/vi/ner/combine-mentions.js';
import type { Mention } from '../../../src/types.js';

type Row = [sentence: string, outer: [kind: string, text: string][]];

function outermost(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let end = -1;
  for (const m of sorted) if (!m.nested && m.start >= end) { out.push(m); end = m.end; }
  return out;
}

const rows: Row[] = [
  // a hospital named after a place or person is one organization, not a person "Bệnh" and a person "Bạch Mai"
  ['Ông Trần Văn Hùng, Giám đốc Bệnh viện Bạch Mai, cho biết hai bệnh nhân đã qua cơn nguy kịch.',
    [['person', 'Trần Văn Hùng'], ['organization', 'Bệnh viện Bạch Mai']]],
  // the tagger's organization holds the province the rules found
  ['Sáng 12/3, Bệnh viện Đa khoa tỉnh Thái Bình đã tiếp nhận 5 bệnh nhân.',
    [['organization', 'Bệnh viện Đa khoa tỉnh Thái Bình']]],
  // a country name that starts a common word is no country
  ['Anh rất vui khi được gặp lại gia đình sau ba năm.', []],
  // offices with names: the rules' people stand, the countries beside them stay places
  ['Tổng thống Mỹ Joe Biden đã hội đàm với Thủ tướng Nhật Bản Fumio Kishida tại Nhà Trắng.',
    [['country', 'Mỹ'], ['person', 'Joe Biden'], ['country', 'Nhật Bản'], ['person', 'Fumio Kishida'], ['location', 'Nhà Trắng']]],
  ['Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ Australia Andrew Goledzinowski.',
    [['person', 'Võ Văn Thưởng'], ['country', 'Australia'], ['person', 'Andrew Goledzinowski']]],
  // an office before an acronym: the acronym is the organization, not a person
  ['Phó Viện trưởng VKSND tối cao Nguyễn Hải Trâm phát biểu chỉ đạo hội nghị.',
    [['organization', 'VKSND'], ['person', 'Nguyễn Hải Trâm']]],
  // a country written with its common noun: the name alone
  ['Hãng ô tô lớn thứ hai của nước Mỹ vừa công bố kế hoạch cắt giảm chi phí.', [['country', 'Mỹ']]],
  // a country inside a name of another kind is nested: a mention of the country, not a place name
  ['Ông là người lính Việt Nam Cộng hòa trước năm 1975.', []],
  ['Năm 1609, một thương nhân người Đức đã thành lập công ty đầu tiên tại đây.', []],
  // a people, a language, a culture: "người Mỹ", "người miền Bắc", "sao Hàn" (whatever the tagger reads)
  ['Anh Tom Miller, một kỹ sư 30 tuổi người Mỹ, đã sống ở Đà Nẵng hai năm.', [['person', 'Tom Miller'], ['location', 'Đà Nẵng']]],
  ['Nhiều sao Hàn từng giữ kín chuyện hẹn hò trước khi công khai.', []],
  // a currency's country is nested in the currency's name
  ['Chỉ số giá đô la Mỹ tháng 12 tăng nhẹ, trong khi bảng Anh giảm giá.', []],
  // quotation marks are no part of a name
  ['Tại sao họ dám làm như vậy mà không sợ người đời cho là “học theo anh Chí”?', [['person', 'Chí']]],
  // the end of an office is no place: the country after it is
  ['Trước đó, Bộ trưởng Tư pháp Mỹ Jeff Sessions từng khẳng định việc dẫn độ là ưu tiên.', [['country', 'Mỹ'], ['person', 'Jeff Sessions']]],
  // streets and wards named after people are places: the tagger's place around the full name stands
  ['Vụ tai nạn xảy ra trên đường Phạm Văn Đồng, quận Cầu Giấy, Hà Nội vào chiều qua.',
    [['location', 'đường Phạm Văn Đồng'], ['location', 'quận Cầu Giấy'], ['location', 'Hà Nội']]],
  ['Trụ sở công ty nằm trên đường Trần Quốc Toản (phường Võ Thị Sáu, quận 3).',
    [['location', 'đường Trần Quốc Toản'], ['location', 'phường Võ Thị Sáu'], ['location', 'quận 3']]],
  // a school named after a person is the organization, the person after its full name is the office holder
  ['Em Nguyễn Văn Hải, học sinh Trường Tiểu học Kim Đồng, đã nhặt được ví tiền.',
    [['person', 'Nguyễn Văn Hải'], ['organization', 'Trường Tiểu học Kim Đồng']]],
  ['Hiệu trưởng Trường THPT Phan Châu Trinh Trần Văn Nam cho biết trường đã báo cáo sự việc.',
    [['organization', 'Trường THPT Phan Châu Trinh'], ['person', 'Trần Văn Nam']]],
  // one capitalised word after an office, where the tagger sees no name, is no person: a sport, the rest
  // of an office ("Thường trực"), a department
  ['Cảnh sát đã bắt giữ một nữ vận động viên Taekwondo mang theo 20 viên thuốc lắc.', []],
  ['Ông Lê Văn Nam, Phó Bí thư Thường trực Đảng ủy xã, cho biết sẽ kiểm tra lại.', [['person', 'Lê Văn Nam']]],
  ['Ông Trần Minh, giám đốc Phòng giao dịch của ngân hàng, đã bị khởi tố.', [['person', 'Trần Minh']]],
  // "Trưởng phòng" is an office: a name joined to it by a hyphen ends before it, and an acronym after it
  // (letters and digits) is the department, not a person
  ['Thượng tá Lê Minh Khoa-Trưởng phòng Cảnh sát kinh tế cho biết vụ việc đang được điều tra.', [['person', 'Lê Minh Khoa']]],
  ['Theo trưởng phòng PC45, đơn vị đã tiếp nhận hồ sơ từ tháng trước.', [['organization', 'PC45']]],
  // a crossroads is named after its streets, which are named after people: places, not persons
  ['Chiếc xe tải bất ngờ quay đầu tại ngã tư Trần Hưng Đạo, khiến hai người bị thương.', [['location', 'Trần Hưng Đạo']]],
  // a name right after a word for a street or a crossroads is the street's, and so is a name joined to a street by a
  // dash (the crossroads of the two): not the hero the street is named after
  ['Khách hàng khá đông mua vàng ngày Thần Tài, Công ty SJC trên đường Nguyễn Thị Minh Khai (Q.3) bố trí 3 khu vực để khách hàng giao dịch.',
    [['organization', 'Công ty SJC'], ['location', 'đường Nguyễn Thị Minh Khai'], ['location', 'Q.3']]],
  ['Hướng từ đường Tây Sơn đi ra đường Tôn Đức Thắng đông đúc xe cộ.', [['location', 'Tây Sơn'], ['location', 'đường Tôn Đức Thắng']]],
  ['Phố đi bộ Nguyễn Huệ đông nghịt người dân đến xem bắn pháo hoa.', [['location', 'Phố đi bộ Nguyễn Huệ']]],
  ['Tại nút giao đường Phạm Văn Đồng – Nguyễn Thái Sơn, lượng xe dày đặc đi qua khu vực này.',
    [['location', 'đường Phạm Văn Đồng'], ['location', 'Nguyễn Thái Sơn']]],
  ['Dự án cầu vượt vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn được xây dựng theo thiết kế cũ.', [['location', 'Nguyễn Kiệm'], ['location', 'Nguyễn Thái Sơn']]],
  // firms the press writes bare, and armed groups, are organizations (words.json knownOrgs)
  ['Tại Bảo Tín Minh Châu, giá vàng SJC hiện được giao dịch ở mức 36,75 – 37,00 triệu đồng/lượng (mua vào – bán ra).', [['organization', 'Bảo Tín Minh Châu']]],
  ['Các tay súng của tổ chức cực đoan Abu Sayyaf ở miền nam Philippines đã chặn tàu bè và bắt cóc thủy thủ đoàn nhiều nước.',
    [['organization', 'Abu Sayyaf'], ['location', 'miền nam'], ['country', 'Philippines']]],
  // the spring of a year ("Xuân Đinh Dậu") is no person "Xuân Đinh"; Wing Chun and a gold bar's brand are no people either
  ['(TITC) - Nhân dịp Xuân Đinh Dậu, tổng lượt khách đến tham quan các khu, điểm du lịch trên địa bàn tỉnh Kiên Giang ước đạt 211.834 lượt.',
    [['organization', 'TITC'], ['location', 'tỉnh Kiên Giang']]],
  ['Anh Xuân Đinh cho biết gia đình đã ăn Tết Đinh Dậu ở quê.', [['person', 'Xuân Đinh']]],
  ['Giá vàng Rồng Thăng Long 999,9 (24k) của Bảo Tín Minh Châu cũng giảm 70.000 đồng/lượng.', [['organization', 'Bảo Tín Minh Châu']]],
  // a known person's full name is one person, not his wife's given name and her husband
  ['2 tuần sau khi ông Donald Trump chính thức nhậm chức Tổng thống Mỹ, bà Melania Trump mới có lần xuất hiện đầu tiên bên người chồng quyền lực.',
    [['person', 'Donald Trump'], ['country', 'Mỹ'], ['person', 'Melania Trump']]],
  // a line of the metro is named after its ends; "Đường sắt" with a capital is an office's, not a railway
  ['Hà Nội: Đã hoàn thiện 13 đoàn tàu tuyến Cát Linh – Hà Đông.', [['location', 'Hà Nội'], ['location', 'Cát Linh'], ['location', 'Hà Đông']]],
  ['Phó Cục trưởng Đường sắt Khương Thế Duy cho hay, người dân nhiều địa phương phản ánh về tình trạng này.', [['person', 'Khương Thế Duy']]],
  // "Đường" is a family name too: read with a full name after it, it is a street ("Đường Tăng" is the monk)
  ['Đường Bùi Viện sẽ thành phố đi bộ từ tháng 9, các quán bar trên phố đông khách.', [['location', 'Đường Bùi Viện']]],
  ['Đường Phạm Văn Đồng bị ngập sâu sau trận mưa lớn chiều qua.', [['location', 'Đường Phạm Văn Đồng']]],
  // the article's other mentions of a street's name are the street, unless it gives that name an office or an honorific
  ['Nhánh 1 hướng từ Nguyễn Kiệm - Nguyễn Thái Sơn dài 367 m, thuộc dự án cầu vượt tại vòng xoay Nguyễn Kiệm.',
    [['location', 'Nguyễn Kiệm'], ['location', 'Nguyễn Thái Sơn'], ['location', 'Nguyễn Kiệm']]],
  ['Trên đường Nguyễn Văn Linh, ông Nguyễn Văn Linh (45 tuổi) bị xe máy tông trúng. Nguyễn Văn Linh được đưa đi cấp cứu.',
    [['location', 'đường Nguyễn Văn Linh'], ['person', 'Nguyễn Văn Linh'], ['person', 'Nguyễn Văn Linh']]],
  // "thành phố" is a city, and the hero with his rank stays a person beside a street named after him
  ['Đại tướng Võ Nguyên Giáp sinh năm 1911, đại lộ mang tên ông ở Đà Nẵng dài hơn 4 km.', [['person', 'Võ Nguyên Giáp'], ['location', 'Đà Nẵng']]],
  // a province's name after a family name that the tagger reads with it is a person's given name
  ['Sáng 15/6, Phó Thủ tướng Trương Hòa Bình tiếp Đại sứ Nhật Bản tại Hà Nội.',
    [['person', 'Trương Hòa Bình'], ['country', 'Nhật Bản'], ['location', 'Hà Nội']]],
  ['Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh đã kiểm tra công tác khắc phục hậu quả mưa lũ.',
    [['organization', 'UBND tỉnh Hòa Bình'], ['person', 'Bùi Văn Khánh']]],
  // a short name without a family name that the tagger finds alone is a person; not in a list of places
  ['Phút 57, Văn Toàn đi bóng qua hai hậu vệ rồi dứt điểm tung lưới đội khách.', [['person', 'Văn Toàn']]],
  ['Chỉ còn hai ngày nữa, Đông Nhi cùng ê-kíp sẽ lên đường sang Hàn Quốc.', [['person', 'Đông Nhi'], ['country', 'Hàn Quốc']]],
  ['Nông dân ở Mê Linh, Văn Khê đã thu hoạch xong vụ hoa Tết.', [['location', 'Mê Linh']]],
  // an abbreviated given name keeps its dot
  ['Khoảng 22h cùng ngày, anh Trần Quốc T. (SN 1985) điều khiển xe máy băng qua đường tàu thì bị tàu hỏa đâm.', [['person', 'Trần Quốc T.']]],
  ['Cơ quan công an đã triệu tập bà H. để làm rõ vụ việc.', [['person', 'H.']]],
  // a school or group named after a person: with a capital, the word is part of the organization's name;
  // in lower case the name is left out (a nested organization)
  ['Theo chỉ đạo của Sở, Trường Mầm non Võ Thị Sáu đã mời phụ huynh đến họp.', [['organization', 'Trường Mầm non Võ Thị Sáu']]],
  ['Phụ huynh Trường Tiểu học Nguyễn Bá Ngọc phản ánh về các khoản thu đầu năm.', [['organization', 'Trường Tiểu học Nguyễn Bá Ngọc']]],
  ['Ít tháng sau, nhóm Trần Văn Khê đã tập luyện thành thạo.', []],
  // an office written as an abbreviation is no organization, though the tagger may read it as one
  ['Theo BLV Quang Huy, đội tuyển đã chơi tốt hơn nhiều so với trận lượt đi.', [['person', 'Quang Huy']]],
  // "T.Ư" is "Trung ương" inside offices and organizations: no person "T.Ư Đảng", no organization "Ủy ban T" and person "Ư MTTQ"
  ['Phát biểu tại hội nghị, Bí thư T.Ư Đảng, Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài đánh giá cao kết quả đạt được.',
    [['organization', 'Ban Dân vận Trung ương'], ['person', 'Bùi Thị Minh Hoài']]],
  ['Chiều 5/3, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Trần Thanh Mẫn đã tiếp đoàn đại biểu các tôn giáo.',
    [['organization', 'Ủy ban T.Ư MTTQ Việt Nam'], ['person', 'Trần Thanh Mẫn']]],
  // "Phòng" and "Đội" with a name after them are organizations, no people after an office; acronyms joined by "-"
  // after an office are its organization
  ['Trung tá Lê Văn Sơn, Phó Đội trưởng Đội CSGT Bàn Cờ, cho biết tình hình giao thông đã ổn định.',
    [['person', 'Lê Văn Sơn'], ['organization', 'Đội CSGT Bàn Cờ']]],
  ['Bà Nguyễn Thị Lan, Trưởng Phòng GD-ĐT huyện Đông Anh, cho biết nhà trường đã báo cáo sự việc.',
    [['person', 'Nguyễn Thị Lan'], ['organization', 'Phòng GD-ĐT huyện Đông Anh']]],
  ['Đội hình lần này của Thái Lan có nhiều cầu thủ trẻ.', [['country', 'Thái Lan']]],
  // a report on sport: its clubs by one word are clubs, not places or people (teams.json); a name of two words is
  // the team's anywhere; one word that begins a longer name is no club
  ['Nhận định Lille vs Metz: HLV của Metz tin rằng các cầu thủ sẽ ghi bàn ngay trong hiệp 1.',
    [['organization', 'Lille'], ['organization', 'Metz'], ['organization', 'Metz']]],
  ['Nhà tìm kiếm tài năng ở thành phố New York, Nancy Carson, đề nghị cô ghi danh vào trường nghệ thuật.',
    [['location', 'thành phố New York'], ['person', 'Nancy Carson']]],
  // one name split by the tagger at a lower-case particle is one person
  ['Lái buôn vũ khí này bị Mỹ xếp ngay sau trùm khủng bố Osama bin Laden về mức độ nguy hiểm.',
    [['country', 'Mỹ'], ['person', 'Osama bin Laden']]],
  // an academic degree before a name is a title, not the office's organization
  ['Theo TSKH Đặng Văn Hòa, kết quả nghiên cứu này rất đáng chú ý.', [['person', 'Đặng Văn Hòa']]],
  // the Government's seat written in lower case is the place whole, not "trụ sở Chính"
  ['Sáng 9/5, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản.',
    [['location', 'trụ sở Chính phủ'], ['person', 'Nguyễn Xuân Phúc'], ['country', 'Nhật Bản']]],
];

describe('extract: rules and tagger combined (vi)', () => {
  test.each(rows)('%s', (sentence, want) => {
    const x = extract({ id: 't', text: sentence, bodyStart: 0 }, 'vi');
    expect(outermost(x.mentions).map((m) => [m.kind, m.text])).toEqual(want);
  });

  test('every mention keeps its offsets and every meeting participant is a person', () => {
    for (const [sentence] of rows) {
      const x = extract({ id: 't', text: sentence, bodyStart: 0 }, 'vi');
      for (const m of x.mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text);
      for (const mm of x.meetings) for (const p of mm.participants) expect(x.mentions[p.mention].kind).toBe('person');
    }
  });

  test('a nested country is still a mention of its country', () => {
    const x = extract({ id: 't', text: 'Năm 1609, một thương nhân người Đức đã thành lập công ty đầu tiên tại đây.', bodyStart: 0 }, 'vi');
    expect(x.mentions.filter((m) => m.nested).map((m) => [m.kind, m.text])).toEqual([['country', 'Đức']]);
  });

  test('photo credits and bylines are people the graph leaves out', () => {
    const text = 'Bác sĩ kiểm tra sức khỏe cho bệnh nhân tại Bệnh viện Bạch Mai. (Ảnh: Minh Quyết/TTXVN)\nCác bệnh nhân đã được xuất viện.\nThanh Hoài';
    const x = extract({ id: 't', text, bodyStart: 0 }, 'vi');
    expect(x.mentions.filter((m) => m.credit).map((m) => m.text)).toEqual(['Minh Quyết', 'Thanh Hoài']);
    const r = processDoc({ id: 't', text, bodyStart: 0 });
    expect(r.result.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  // scraped articles whose lines were run into one: the author or the source follows the last sentence
  test.each([
    ['Đội tuyển sẽ hội quân vào tuần tới để chuẩn bị cho vòng loại. Ban huấn luyện chưa công bố danh sách chính thức. Thanh Tâm', 'Thanh Tâm'],
    ['Buổi diễn kéo dài hơn ba tiếng, khán giả đứng kín sân vận động. “Chúng tôi sẽ trở lại”, nam ca sĩ nói. Hồng Nhung (Tổng hợp) ', 'Hồng Nhung'],
    ['Nhà trường đã tạm đình chỉ công tác đối với hai giáo viên liên quan để làm rõ vụ việc. Theo Người Đưa Tin ', 'Người Đưa Tin'],
    ['Tiền vệ này được định giá khoảng 60 triệu euro trên thị trường chuyển nhượng. Bấm xem >> Quốc Bảo', 'Quốc Bảo'],
    ['Ai cũng nói cô ấy đang chế nhạo bạn trai cũ đấy"  Theo Người Đưa Tin ', 'Người Đưa Tin'],
    ['Mẹo nhỏ này giúp món canh ngon hơn hẳn. Chúc bạn thành công Theo Người Đưa Tin ', 'Người Đưa Tin'],
    ['Cả ba làn đường đều chật kín phương tiện nối đuôi nhau. Minh Khôi, Theo Người Đưa Tin ', 'Minh Khôi'],
    ['Giá lợn hơi đã tăng trở lại nhờ các doanh nghiệp thu mua để đảm bảo nhu cầu thị trường nội địa. Tổng hợp Thu Giang ', 'Thu Giang'],
    // a list of articles run into the text: each with its author, outlet and time
    ['Ban huấn luyện U23 Việt Nam chưa công bố danh sách chính thức. Phương Nam - Thể thao Việt Nam | 21:00 06/02/2017 Tin liên quan Công Phượng ghi bàn', 'Phương Nam'],
    ['Video trận Chelsea 3-1 Arsenal: Tiểu Lam - Thể thao Việt Nam | 11:02 06/02/2017 Tin liên quan Xấu hổ và nhục nhã, Leicester có thể xuống hạng', 'Tiểu Lam'],
  ])('a byline after the last sentence is no person of the story: %s', (text, credit) => {
    const x = extract({ id: 't', text, bodyStart: 0 }, 'vi');
    expect(x.mentions.filter((m) => m.kind === 'person' && !m.credit).map((m) => m.text)).not.toContain(credit);
    const r = processDoc({ id: 't', text, bodyStart: 0 });
    expect(r.result.entities.filter((e) => e.kind === 'person').map((e) => e.label)).not.toContain(credit);
  });

  // names that look like a family name and a given name and are not people: years, a river
  test.each([
    ['Người dân cả nước vui đón Tết cổ truyền Đinh Dậu.', 'Đinh Dậu'],
    ['Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968 là một dấu mốc lịch sử của dân tộc.', 'Mậu Thân'],
    ['Sang năm Canh Tý, nhiều gia đình đi lễ chùa cầu may từ đêm Giao thừa.', 'Canh Tý'],
    ['Hội nghị bàn về hợp tác sử dụng bền vững nguồn nước sông Mê Công giữa các nước trong tiểu vùng.', 'Mê Công'],
  ])('no person: %s', (text, name) => {
    const r = processDoc({ id: 't', text, bodyStart: 0 });
    expect(r.result.entities.filter((e) => e.kind === 'person' && e.label.includes(name))).toEqual([]);
  });

  // one node for a city however it is written, and organizations whose names join acronyms
  test.each([
    ['Sáng 5/2, đoàn công tác đến làm việc tại TP.HCM.', 'location:tp-ho-chi-minh'],
    ['Ngày 5/2, Bí thư Thành ủy TPHCM Đinh La Thăng đã đến thăm khu nhà ở xã hội.', 'location:tp-ho-chi-minh'],
    ['Hội nghị diễn ra tại TP. Hồ Chí Minh trong hai ngày.', 'location:tp-ho-chi-minh'],
    ['Nhiều người dân Sài Gòn đổ ra đường đón năm mới.', 'location:tp-ho-chi-minh'],
    ['Sau Tết Nguyên đán, lượng người tiếp tục đổ về thành phố Hồ Chí Minh khá đông.', 'location:tp-ho-chi-minh'],
    ['Lãnh đạo TP.Hà Nội khẳng định sẽ sớm hoàn thành dự án.', 'location:ha-noi'],
    ['Theo báo cáo của Bộ NN&PTNT, mực nước trên các sông đang giảm.', 'organization:bo-nn-ptnt'],
    ['Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng vừa ký ban hành quyết định.', 'organization:bo-tt-tt'],
    ['Lãnh đạo Bộ KH&ĐT đã làm việc với đoàn.', 'organization:bo-kh-dt'],
    ['Bộ LĐ-TB&XH đề xuất điều chỉnh lương tối thiểu vùng.', 'organization:bo-ld-tb-xh'],
    ['Ngay trong đêm, các bác sĩ BV Chợ Rẫy đã hội chẩn cho bệnh nhân.', 'organization:bv-cho-ray'],
    ['Vụ việc xảy ra tại nhóm trẻ ở phường Minh Khai vào sáng qua.', 'location:minh-khai'],
    ['Người dân thôn Xuân Đinh phản đối dự án mở rộng bãi rác.', 'location:xuan-dinh'],
  ])('one entity: %s', (text, key) => {
    const entities = processDoc({ id: 't', text, bodyStart: 0 }).result.entities.filter((e) => e.kind === 'location' || e.kind === 'organization');
    expect(entities.map((e) => e.key)).toEqual([key]);
  });

  // a name right after a word that begins an organization's name is the organization's
  test.each([
    ['Hai cô giáo dùng dép đánh vào đầu trẻ tại nhóm lớp mầm non Hoa Mai.', 'Hoa Mai'],
    ['Giá vàng miếng của thương hiệu Bảo Kim Long tăng 100.000 đồng mỗi lượng.', 'Bảo Kim Long'],
    ['Tiền đạo này từng khoác áo đội bóng Real Betis trong hai mùa giải.', 'Real Betis'],
  ])('no person: %s', (text, name) => {
    const entities = processDoc({ id: 't', text, bodyStart: 0 }).result.entities;
    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
    expect(entities.some((e) => e.kind === 'organization' && e.label.includes(name))).toBe(true);
  });

  test.each([
    ['Con trai cả của Tổng thống Mỹ, ông Donald Trump Jr., đã đồng ý gặp một luật sư Nga.', 'person:donald-trump-jr'],
    ['Vụ việc xảy ra tại nhóm lớp mầm non tư thục ở phường Minh Khai, quận Hai Bà Trưng, Hà Nội.', 'location:hai-ba-trung'],
  ])('a name that holds a known one or an honorific: %s', (text, key) => {
    const keys = processDoc({ id: 't', text, bodyStart: 0 }).result.entities.map((e) => e.key);
    expect(keys).toContain(key);
    expect(keys.filter((k) => k === 'person:jr' || k === 'person:donald-trump' || k.startsWith('person:trung'))).toEqual([]);
  });

  test.each([
    // the story's people at the end of a sentence, or a name that ends the text inside its last sentence
    ['Phát biểu tại buổi lễ có Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến.', 'Nguyễn Thị Kim Tiến'],
    ['Người phát hiện ra vụ việc đầu tiên là anh Trần Văn Hùng', 'Trần Văn Hùng'],
  ])('a name in the last sentence is still a person: %s', (text, name) => {
    const r = processDoc({ id: 't', text, bodyStart: 0 });
    expect(r.result.entities.filter((e) => e.kind === 'person').map((e) => e.label)).toContain(name);
  });

  // a capitalised syllable of an office that makes a word with the syllable after it is no name
  test.each([
    ['Chiều 22/9, Phó Thủ tướng Thường trực Trương Hòa Bình tiếp Đại sứ Hàn Quốc Lee Hyuk.', 'Thường'],
    ['Chủ tịch Nhóm Nghị sỹ Hữu nghị Việt - Nhật đã tiếp đoàn đại biểu tỉnh Gunma.', 'Hữu'],
  ])('no person in an office: %s', (sentence, word) => {
    const x = extract({ id: 't', text: sentence, bodyStart: 0 }, 'vi');
    expect(x.mentions.filter((m) => m.kind === 'person' && m.text === word)).toEqual([]);
  });

  test('a meeting keeps its participants', () => {
    const x = extract({ id: 't', text: rows[3][0], bodyStart: 0 }, 'vi');
    expect(x.meetings.map((mm) => mm.participants.map((p) => x.mentions[p.mention].text))).toEqual([['Joe Biden', 'Fumio Kishida']]);
  });
});

describe('listItems', () => {
  const at = (text: string, name: string, kind: Mention['kind']): Mention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, kind };
  };
  test.each<[string, [string, Mention['kind']][], string[]]>([
    // a place the tagger read between two people of a list is one of them
    ['Đội hình ra sân gồm Kevin Love, Tristan Thompson và LeBron James.',
      [['Kevin Love', 'person'], ['Tristan Thompson', 'location'], ['LeBron James', 'person']], ['person', 'person', 'person']],
    // a place beside one person only, or not in a list, stays
    ['Ông Trần Văn Bình đến Đà Nẵng gặp bà Lê Thị Mai.',
      [['Trần Văn Bình', 'person'], ['Đà Nẵng', 'location'], ['Lê Thị Mai', 'person']], ['person', 'location', 'person']],
    ['Chị Lê Thị Hoa, Đà Nẵng vừa đoạt giải.',
      [['Lê Thị Hoa', 'person'], ['Đà Nẵng', 'location']], ['person', 'location']],
    // a person with no office between two places is a place: a commune or district named like a person
    ['Hàng hóa được chở từ Nam Định, Trần Hưng, Thái Bình và Hải Phòng.',
      [['Nam Định', 'location'], ['Trần Hưng', 'person'], ['Thái Bình', 'location'], ['Hải Phòng', 'location']], ['location', 'location', 'location', 'location']],
    // inside a longer list of places that place words mark, communes named like people are places too; one that
    // closes the list may be a person after the places of a trip
    ['Xe chạy từ chợ Cầu, Hòa Lạc, Phan Lương, Tân Mỹ, huyện Hải Lăng về thành phố.',
      [['chợ Cầu', 'location'], ['Hòa Lạc', 'location'], ['Phan Lương', 'person'], ['Tân Mỹ', 'person'], ['huyện Hải Lăng', 'location']], ['location', 'location', 'location', 'location', 'location']],
    ['Đoàn đã qua chợ Cầu, huyện Hải Lăng, Hà Nội và Phan Lương.',
      [['chợ Cầu', 'location'], ['huyện Hải Lăng', 'location'], ['Hà Nội', 'location'], ['Phan Lương', 'person']], ['location', 'location', 'location', 'person']],
  ])('%s', (text, named, kinds) => {
    expect(listItems(text, named.map(([n, k]) => at(text, n, k))).map((m) => m.kind)).toEqual(kinds);
  });

  test('a person with an office or in a meeting stays a person', () => {
    const text = 'Đoàn đi Hà Nội, Bộ trưởng Lê Văn Thành, Huế.';
    const ms = [at(text, 'Hà Nội', 'location'), { ...at(text, 'Lê Văn Thành', 'person'), title: 'Bộ trưởng' }, at(text, 'Huế', 'location')];
    expect(listItems(text, ms)[1].kind).toBe('person');
    const text2 = 'Đoàn đi Hà Nội, Lê Văn Thành, Huế.';
    const ms2 = [at(text2, 'Hà Nội', 'location'), at(text2, 'Lê Văn Thành', 'person'), at(text2, 'Huế', 'location')];
    expect(listItems(text2, ms2.slice(), new Set([1]))[1].kind).toBe('person');
    expect(listItems(text2, ms2.slice())[1].kind).toBe('location');
  });

  test('a place the gazetteer knows stays a place', () => {
    const text = 'Anh Nguyễn Văn Nam, Hà Nội và chị Lê Thị Hoa cùng tham gia.';
    const ms = [at(text, 'Nguyễn Văn Nam', 'person'), { ...at(text, 'Hà Nội', 'location'), country: 'VN' }, at(text, 'Lê Thị Hoa', 'person')];
    expect(listItems(text, ms)[1].kind).toBe('location');
  });
});

describe('shortNames', () => {
  const ms = (text: string, named: [string, Mention['kind'], Partial<Mention>?][]): Mention[] => {
    let from = 0;
    return named.map(([name, kind, more]) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { start, end: start + name.length, text: name, kind, ...more };
    });
  };
  test('a one-word organization or unknown place that ends a person\'s name in the document is the person', () => {
    const text = 'Maria Sharapova thua ở vòng bốn. Sau đó vài tuần, Sharapova phục thù tại Bắc Kinh, còn Thuận và Trường bị bắt.';
    const x = ms(text, [['Maria Sharapova', 'person'], ['Sharapova', 'organization'], ['Bắc Kinh', 'location', { country: 'CN' }], ['Trường', 'location']]);
    expect(shortNames(x).map((m) => m.kind)).toEqual(['person', 'person', 'location', 'location']);
  });
  test('a known place and a meeting place stay places', () => {
    const text = 'Anh Trần Quốc Vinh đến Vinh công tác, rồi dự cuộc gặp tại Hưng với ông Phạm Văn Hưng.';
    const x = ms(text, [['Trần Quốc Vinh', 'person'], ['Vinh', 'location', { country: 'VN' }], ['Hưng', 'location'], ['Phạm Văn Hưng', 'person']]);
    const y = shortNames(x, new Set([`${x[2].start}:${x[2].end}`]));
    expect(y.map((m) => m.kind)).toEqual(['person', 'location', 'location', 'person']);
  });
});

describe('orgShortNames', () => {
  const at = (text: string, name: string, kind: Mention['kind'], from = 0): Mention => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, text: name, kind };
  };
  test('a one-word person that ends an organization\'s name in the document is the organization', () => {
    const text = 'Đội Dallas Mavericks thua trận thứ ba; Mavericks sẽ gặp Warriors vào thứ Bảy.';
    const ms = [at(text, 'Dallas Mavericks', 'organization'), at(text, 'Mavericks', 'person', 20), at(text, 'Warriors', 'organization')];
    expect(orgShortNames(ms).map((m) => m.kind)).toEqual(['organization', 'organization', 'organization']);
  });
  test('not when it also ends a person\'s name, has an office or meets someone', () => {
    const text = 'Quỹ Bill Gates tài trợ dự án; ông Bill Gates nói Gates sẽ tới Hà Nội.';
    const ms = [at(text, 'Quỹ Bill Gates', 'organization'), at(text, 'Bill Gates', 'person', 20), at(text, 'Gates', 'person', 45)];
    expect(orgShortNames(ms).map((m) => m.kind)).toEqual(['organization', 'person', 'person']);
    const text2 = 'Tập đoàn Smith lên tiếng; Chủ tịch Smith hội đàm với ông Nam.';
    const ms2 = [at(text2, 'Tập đoàn Smith', 'organization'), { ...at(text2, 'Smith', 'person', 20), title: 'Chủ tịch' }];
    expect(orgShortNames(ms2).map((m) => m.kind)).toEqual(['organization', 'person']);
    const ms3 = [at(text2, 'Tập đoàn Smith', 'organization'), at(text2, 'Smith', 'person', 20)];
    expect(orgShortNames(ms3).map((m) => m.kind)).toEqual(['organization', 'organization']);
    expect(orgShortNames(ms3, new Set([1])).map((m) => m.kind)).toEqual(['organization', 'person']);
  });
  test('a foreign club or firm by its first word, not by a Vietnamese one', () => {
    const text = 'Real Madrid thắng 3-1; Real sẽ gặp Barca. Hoàng Anh Gia Lai thua, Hoàng nói.';
    const ms = [at(text, 'Real Madrid', 'organization'), at(text, 'Real', 'person', 15), at(text, 'Hoàng Anh Gia Lai', 'organization'), at(text, 'Hoàng', 'person', 60)];
    expect(orgShortNames(ms).map((m) => m.kind)).toEqual(['organization', 'organization', 'organization', 'person']);
  });
});

describe('combineMentions: people the article introduces', () => {
  test('"ông Comey" stays a person though an organization\'s name the tagger read ends with his', () => {
    const text = 'Văn phòng FBI Comey ra thông báo. Theo ông Comey, cuộc điều tra vẫn tiếp tục.';
    const start = text.indexOf('Comey', 20);
    const x = combineMentions(text, { doc: 't', lang: 'vi', sentences: [], meetings: [], mentions: [{ start, end: start + 5, text: 'Comey', kind: 'person' }] },
      [{ start: 0, end: 19, type: 'ORGANIZATION' }, { start, end: start + 5, type: 'PERSON' }]);
    expect(x.mentions.find((m) => m.text === 'Comey')?.kind).toBe('person');
  });
});

describe('namedOrgs', () => {
  test('a name before an English word that makes it a firm\'s is the firm in its bare mentions', () => {
    const text = 'Công ty Cổ phần Sao Việt (Vistar Corporation) vừa công bố kết quả. Năm 2017, Vistar đạt 1.200 tỷ đồng doanh thu.';
    const start = text.lastIndexOf('Vistar');
    const ms: Mention[] = [{ start, end: start + 6, text: 'Vistar', kind: 'person' }];
    expect(namedOrgs(text, ms)[0].kind).toBe('organization');
  });
  test('a person with an office or in a meeting stays a person', () => {
    const text = 'Hiệu trưởng Trường Tiểu học Lê Văn Nam cho biết nhóm Trần Minh sẽ gặp đoàn.';
    const at = (name: string, more: Partial<Mention> = {}): Mention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, kind: 'person', ...more };
    };
    const ms = [at('Lê Văn Nam', { title: 'Hiệu trưởng Trường Tiểu học' }), at('Trần Minh')];
    expect(namedOrgs(text, ms, new Set([1]))).toEqual(ms);
    expect(namedOrgs(text, ms)[1]).toEqual({ ...ms[1], kind: 'organization', nested: true });
  });
});

describe('teams', () => {
  test('an office at a team by a short name is for the team\'s one node', () => {
    const text = 'Các cầu thủ đã ghi bàn trong hiệp 1 và HLV Man City Pep Guardiola hài lòng với trận đấu.';
    const r = processDoc({ id: 't', text, bodyStart: 0 }).result;
    expect(r.represents.map((x) => x.target)).toContain('organization:manchester-city');
    expect(r.entities.map((e) => e.key)).toContain('organization:manchester-city');
  });
  test('a team by any of its names is one organization, named as teams.json names it', () => {
    const text = 'Sau hai trận thắng, cầu thủ của MU tự tin trước vòng đấu tới, HLV Jose Mourinho nói Manchester United sẽ ghi bàn.';
    const teams = processDoc({ id: 't', text, bodyStart: 0 }).result.entities.filter((e) => e.kind === 'organization');
    expect(teams.map((e) => [e.key, e.label, e.names])).toEqual([['organization:manchester-united', 'Manchester United', ['MU', 'Manchester United']]]);
  });
});
