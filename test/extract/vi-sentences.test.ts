// Vietnamese extraction, pinned by a table of real-style sentences (written for this test in the
// style of the Vietnamese press; not copied from any evaluation set).

import { describe, expect, it } from 'vitest';
import { processDoc } from '../../src/pipeline/process-doc.js';
import type { Doc } from '../../src/types.js';

interface Row {
  text: string;
  /** the date line's date */
  date?: string;
  /** [name, title?, country?] */
  people?: [string, string?, string?][];
  notPeople?: string[];
  countries?: string[];
  places?: string[];
  orgs?: string[];
  meetings?: { kind: string; participants: string[]; host?: string; date?: string; endDate?: string; place?: string; title?: string; planned?: boolean; noDate?: boolean; noPlace?: boolean }[];
  noMeetings?: boolean;
}

const rows: Row[] = [
  { text: 'Chủ tịch Trung Quốc Tập Cận Bình tiếp Thư ký Hội đồng An ninh Liên bang Nga N.P. Patrushev.', people: [['Tập Cận Bình', 'Chủ tịch', 'CN'], ['N.P. Patrushev', 'Thư ký Hội đồng An ninh Liên bang Nga', 'RU']], countries: ['CN', 'RU'], orgs: ['Hội đồng An ninh Liên bang Nga'], meetings: [{ kind: 'reception', participants: ['Tập Cận Bình', 'N.P. Patrushev'], host: 'Tập Cận Bình' }] },
  { text: 'Theo ông Nga Patrushev, quan hệ hai nước là không gì có thể phá vỡ.', people: [['Patrushev']], notPeople: ['Nga Patrushev'], countries: ['RU'] },
  { text: 'Ông Patrushev đang có chuyến thăm Trung Quốc từ ngày 1-4/12.', date: '2019-12', people: [['Patrushev']], meetings: [{ kind: 'visit', participants: ['Patrushev'], date: '2019-12-01', endDate: '2019-12-04', place: 'Trung Quốc' }] },
  { text: 'Sáng 9/5, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Umeda Kunio tại Trụ sở Chính phủ.', date: '2017-05', people: [['Nguyễn Xuân Phúc', 'Thủ tướng', 'VN'], ['Umeda Kunio', 'Đại sứ', 'JP']], meetings: [{ kind: 'reception', participants: ['Nguyễn Xuân Phúc', 'Umeda Kunio'], host: 'Nguyễn Xuân Phúc', date: '2017-05-09' }] },
  { text: 'Bộ trưởng Ngoại giao Nga Sergei Lavrov đã hội đàm với Ngoại trưởng Mỹ Rex Tillerson tại Washington.', people: [['Sergei Lavrov', 'Bộ trưởng Ngoại giao', 'RU'], ['Rex Tillerson', 'Ngoại trưởng', 'US']], countries: ['RU', 'US'], places: ['Washington'], meetings: [{ kind: 'talks', participants: ['Sergei Lavrov', 'Rex Tillerson'], place: 'Washington' }] },
  { text: 'Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin đã có cuộc gặp đầu tiên bên lề Hội nghị thượng đỉnh G20 tại Hamburg.', people: [['Donald Trump', 'Tổng thống', 'US'], ['Vladimir Putin', 'Tổng thống', 'RU']], places: ['Hamburg'], meetings: [{ kind: 'meeting', participants: ['Donald Trump', 'Vladimir Putin'], place: 'Hamburg' }] },
  { text: 'Chiều 12/11, Tổng Bí thư Nguyễn Phú Trọng đã điện đàm với Tổng thống Hoa Kỳ Joe Biden.', date: '2021-11', people: [['Nguyễn Phú Trọng', 'Tổng Bí thư', 'VN'], ['Joe Biden', 'Tổng thống', 'US']], countries: ['US'], meetings: [{ kind: 'call', participants: ['Nguyễn Phú Trọng', 'Joe Biden'], date: '2021-11-12' }] },
  { text: 'Chủ tịch nước Trần Đại Quang thăm cấp nhà nước Cộng hòa Belarus từ ngày 26 đến 28/6.', people: [['Trần Đại Quang', 'Chủ tịch nước']], countries: ['BY'] },
  { text: 'Phó Thủ tướng Trịnh Đình Dũng tiếp ông Yoon Jong Keun, Chủ tịch Công ty Điện lực Nam Hàn Quốc.', people: [['Trịnh Đình Dũng', 'Phó Thủ tướng'], ['Yoon Jong Keun']], countries: ['KR'], meetings: [{ kind: 'reception', participants: ['Trịnh Đình Dũng', 'Yoon Jong Keun'], host: 'Trịnh Đình Dũng' }] },
  { text: 'Người phát ngôn Bộ Ngoại giao Mỹ Heather Nauert cho biết cuộc gặp sẽ diễn ra vào tuần tới.', people: [['Heather Nauert', undefined, 'US']], orgs: ['Bộ Ngoại giao Mỹ'], countries: ['US'] },
  { text: 'Quan hệ Trung-Nga đang ở giai đoạn tốt nhất trong lịch sử.', countries: ['CN', 'RU'], people: [] },
  { text: 'Hội nghị thượng đỉnh Mỹ - Triều Tiên lần thứ hai diễn ra tại Hà Nội.', countries: ['US', 'KP'], places: ['Hà Nội'], people: [] },
  { text: 'Tổng thống Vla-đi-mia Pu-tin tiếp Chủ tịch Tập Cận Bình tại Điện Kremlin.', people: [['Vla-đi-mia Pu-tin', 'Tổng thống'], ['Tập Cận Bình', 'Chủ tịch']], meetings: [{ kind: 'reception', participants: ['Vla-đi-mia Pu-tin', 'Tập Cận Bình'], host: 'Vla-đi-mia Pu-tin', place: 'Điện Kremlin' }] },
  { text: 'Thủ tướng Nhật Bản Si-dô A-bê hội đàm với Thủ tướng Nguyễn Xuân Phúc.', people: [['Si-dô A-bê', 'Thủ tướng', 'JP'], ['Nguyễn Xuân Phúc', 'Thủ tướng']], meetings: [{ kind: 'talks', participants: ['Si-dô A-bê', 'Nguyễn Xuân Phúc'] }] },
  { text: 'Bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội, đã tiếp Chủ tịch Thượng viện Campuchia Say Chhum.', people: [['Nguyễn Thị Kim Ngân'], ['Say Chhum', 'Chủ tịch Thượng viện', 'KH']], countries: ['KH'], meetings: [{ kind: 'reception', participants: ['Nguyễn Thị Kim Ngân', 'Say Chhum'], host: 'Nguyễn Thị Kim Ngân' }] },
  { text: 'Tổng thống Trump tuyên bố sẵn sàng gặp nhà lãnh đạo Triều Tiên Kim Jong-un nếu các điều kiện cho phép.', people: [['Trump', 'Tổng thống'], ['Kim Jong-un', 'nhà lãnh đạo', 'KP']], noMeetings: true },
  { text: 'Việt Nam và Hoa Kỳ cần tiếp tục thúc đẩy hợp tác kinh tế.', countries: ['VN', 'US'], noMeetings: true, people: [] },
  { text: 'Hai bên nhất trí tiếp tục duy trì cơ chế tham vấn chính trị thường niên.', noMeetings: true, people: [] },
  { text: 'Ngoại trưởng Trung Quốc Vương Nghị sẽ thăm chính thức Iran vào ngày 27/3.', date: '2021-03', people: [['Vương Nghị', 'Ngoại trưởng', 'CN']], countries: ['CN', 'IR'], meetings: [{ kind: 'visit', participants: ['Vương Nghị'], date: '2021-03-27', place: 'Iran', planned: true }] },
  { text: 'Ông Lu Li-Shih, cựu giảng viên Học viện Hải quân Đài Loan, nhận định như vậy.', people: [['Lu Li-Shih']], countries: ['TW'] },
  { text: 'Thủ tướng Ấn Độ Narendra Modi đã có cuộc điện đàm với Tổng thống Joe Biden.', people: [['Narendra Modi', 'Thủ tướng', 'IN'], ['Joe Biden', 'Tổng thống']], meetings: [{ kind: 'call', participants: ['Narendra Modi', 'Joe Biden'] }] },
  { text: 'Thủ tướng Phạm Minh Chính hội kiến Nhà Vua Thái Lan Maha Vajiralongkorn tại Cung điện Hoàng gia.', people: [['Phạm Minh Chính', 'Thủ tướng'], ['Maha Vajiralongkorn', 'Nhà Vua', 'TH']], countries: ['TH'], meetings: [{ kind: 'meeting', participants: ['Phạm Minh Chính', 'Maha Vajiralongkorn'] }] },
  { text: 'Tổng thống Ukraine Volodymyr Zelensky đề nghị gặp trực tiếp người đồng cấp Nga.', people: [['Volodymyr Zelensky', 'Tổng thống', 'UA']], countries: ['UA', 'RU'], noMeetings: true },
  { text: 'Tại cuộc hội đàm, Chủ tịch nước Võ Văn Thưởng và Tổng thống Philippines Ferdinand Marcos Jr. nhất trí tăng cường hợp tác.', people: [['Võ Văn Thưởng', 'Chủ tịch nước'], ['Ferdinand Marcos Jr', 'Tổng thống', 'PH']], meetings: [{ kind: 'talks', participants: ['Võ Văn Thưởng', 'Ferdinand Marcos Jr'] }] },
  { text: 'Bộ trưởng Quốc phòng James Mattis cùng Ngoại trưởng Rex Tillerson đã tới Seoul.', people: [['James Mattis', 'Bộ trưởng Quốc phòng'], ['Rex Tillerson', 'Ngoại trưởng']], places: ['Seoul'] },
  { text: 'Phó Tổng thống Mỹ Mike Pence đã có chuyến thăm Hàn Quốc vào tháng 4/2017.', people: [['Mike Pence', 'Phó Tổng thống', 'US']], countries: ['US', 'KR'], meetings: [{ kind: 'visit', participants: ['Mike Pence'], date: '2017-04', place: 'Hàn Quốc' }] },
  { text: 'Hãng thông tấn Yonhap dẫn lời một quan chức Bộ Ngoại giao Hàn Quốc cho biết.', orgs: ['Bộ Ngoại giao Hàn Quốc'], notPeople: ['Yonhap'], people: [] },
  { text: 'Ảnh: Reuters', notPeople: ['Ảnh', 'Reuters'], people: [] },
  { text: 'Tổng thống Pháp Emmanuel Macron đón Thủ tướng Đức Angela Merkel tại Paris.', people: [['Emmanuel Macron', 'Tổng thống', 'FR'], ['Angela Merkel', 'Thủ tướng', 'DE']], countries: ['FR', 'DE'], places: ['Paris'], meetings: [{ kind: 'reception', participants: ['Emmanuel Macron', 'Angela Merkel'], host: 'Emmanuel Macron', place: 'Paris' }] },
  { text: 'Thủ tướng Anh Boris Johnson và bà Nguyễn Thị Thúy Nga cùng dự lễ khai mạc.', people: [['Boris Johnson', 'Thủ tướng', 'GB'], ['Nguyễn Thị Thúy Nga']], countries: ['GB'] },
  { text: 'Ông Hoàng Tuấn Anh, Bộ trưởng Văn hóa, Thể thao và Du lịch, phát biểu tại buổi lễ.', people: [['Hoàng Tuấn Anh']], notPeople: ['Tuấn Anh'] },
  { text: 'Nhà Vua Akihito và Hoàng hậu Michiko đã thăm cấp nhà nước Việt Nam vào tháng 3/2017.', people: [['Akihito', 'Nhà Vua'], ['Michiko', 'Hoàng hậu']], countries: ['VN'], meetings: [{ kind: 'visit', participants: ['Akihito', 'Michiko'], date: '2017-03', place: 'Việt Nam' }] },
  { text: 'Đại sứ Belarus tại Việt Nam Vladimir Goshin cũng có mặt tại sân bay.', people: [['Vladimir Goshin', 'Đại sứ', 'BY']], countries: ['BY', 'VN'] },
  { text: 'Tổng thống Trump đã tới Vatican để hội kiến Giáo hoàng Francis.', people: [['Trump', 'Tổng thống'], ['Francis', 'Giáo hoàng']], countries: ['VA'] },
  { text: 'Hội nghị Cấp cao ASEAN lần thứ 36 diễn ra theo hình thức trực tuyến.', orgs: ['ASEAN'], people: [] },
  { text: 'Ngày 16/4, Tổng thống Joe Biden tiếp Thủ tướng Nhật Bản Yoshihide Suga tại Nhà Trắng.', date: '2021-04', people: [['Joe Biden', 'Tổng thống'], ['Yoshihide Suga', 'Thủ tướng', 'JP']], meetings: [{ kind: 'reception', participants: ['Joe Biden', 'Yoshihide Suga'], host: 'Joe Biden', date: '2021-04-16', place: 'Nhà Trắng' }] },
  { text: 'Thư ký báo chí Điện Kremlin Dmitry Peskov cho biết Tổng thống Putin chưa có kế hoạch gặp ông Zelensky.', people: [['Dmitry Peskov'], ['Putin', 'Tổng thống'], ['Zelensky']], noMeetings: true },
  // the welcome ceremony opens the talks its host holds: one meeting, not a reception beside the talks
  { text: 'Sáng 12/9, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón chính thức Tổng thống Indonesia Prabowo Subianto, sau đó hai nhà lãnh đạo đã hội đàm.', date: '2025-09', people: [['Lương Cường', 'Chủ tịch nước'], ['Prabowo Subianto', 'Tổng thống', 'ID']], meetings: [{ kind: 'talks', participants: ['Lương Cường', 'Prabowo Subianto'], host: 'Lương Cường', date: '2025-09-12', place: 'Phủ Chủ tịch' }] },
  // an office with its country and no name is the holder the article named; "các cuộc hội kiến" with two
  // people are two meetings
  { text: 'Tổng thống Hàn Quốc Lee Jae-myung đến Hà Nội chiều 10/8. Tổng thống Hàn Quốc cũng có các cuộc hội kiến với Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn.', date: '2025-08', people: [['Lee Jae-myung', 'Tổng thống', 'KR'], ['Phạm Minh Chính', 'Thủ tướng'], ['Trần Thanh Mẫn', 'Chủ tịch Quốc hội']], meetings: [{ kind: 'meeting', participants: ['Lee Jae-myung', 'Phạm Minh Chính'] }, { kind: 'meeting', participants: ['Lee Jae-myung', 'Trần Thanh Mẫn'] }] },
  // a bare office opening the article is the holder named after it, Vietnam's where a foreign one shares the office
  { text: 'Bên lề Hội nghị Cấp cao ASEAN, Thủ tướng đã có các cuộc gặp với Thủ tướng Thái Lan Paetongtarn Shinawatra và Tổng thống Philippines Ferdinand Marcos Jr. Thủ tướng Phạm Minh Chính đề nghị hai nước tăng cường hợp tác.', people: [['Paetongtarn Shinawatra', 'Thủ tướng', 'TH'], ['Ferdinand Marcos Jr', 'Tổng thống', 'PH'], ['Phạm Minh Chính', 'Thủ tướng']], meetings: [{ kind: 'meeting', participants: ['Phạm Minh Chính', 'Paetongtarn Shinawatra'] }, { kind: 'meeting', participants: ['Phạm Minh Chính', 'Ferdinand Marcos Jr'] }] },
  // who acts on someone's behalf or at someone's invitation: that someone is not at the meeting
  { text: 'Thay mặt Chủ tịch nước Lương Cường, Thủ tướng Phạm Minh Chính trân trọng mời Tổng thống Indonesia Prabowo Subianto tham dự Hội nghị Cấp cao APEC tại Gyeongju.', people: [['Lương Cường', 'Chủ tịch nước'], ['Phạm Minh Chính', 'Thủ tướng'], ['Prabowo Subianto', 'Tổng thống', 'ID']], meetings: [{ kind: 'summit', participants: ['Prabowo Subianto'] }] },
  { text: 'Thay mặt Tổng Bí thư Tô Lâm, Thường trực Ban Bí thư Trần Cẩm Tú đã hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.', people: [['Tô Lâm', 'Tổng Bí thư'], ['Trần Cẩm Tú'], ['Saysomphone Phomvihane', 'Chủ tịch Quốc hội', 'LA']], meetings: [{ kind: 'talks', participants: ['Trần Cẩm Tú', 'Saysomphone Phomvihane'] }] },
  // "các chuyến thăm … của A và B": a visit each
  { text: 'Trong các chuyến thăm Nhật Bản gần đây của Ngoại trưởng Mỹ Marco Rubio và Bộ trưởng Quốc phòng Pete Hegseth, Washington đều khẳng định cam kết với đồng minh.', people: [['Marco Rubio', 'Ngoại trưởng', 'US'], ['Pete Hegseth', 'Bộ trưởng Quốc phòng']], meetings: [{ kind: 'visit', participants: ['Marco Rubio'], place: 'Nhật Bản' }, { kind: 'visit', participants: ['Pete Hegseth'], place: 'Nhật Bản' }] },
  // "gặp … để hội đàm": one meeting, the talks; and "cuộc bầu cử Tổng thống Mỹ" names no one
  { text: 'Tổng thống Mỹ Donald Trump đã tới Alaska. Ngoại trưởng Mỹ Marco Rubio ngày 9/5 đã gặp người đồng cấp Nga Sergei Lavrov để hội đàm về tình hình Ukraine trong bối cảnh cuộc bầu cử Tổng thống Mỹ sắp diễn ra.', date: '2025-05', people: [['Marco Rubio', 'Ngoại trưởng', 'US'], ['Sergei Lavrov', undefined, 'RU']], meetings: [{ kind: 'talks', participants: ['Marco Rubio', 'Sergei Lavrov'], date: '2025-05-09' }] },
  // an office whose name comes a few words on is not bare; "Ngài Thống đốc" is the governor of the sentence
  { text: 'Thủ tướng Phạm Minh Chính tiếp ông Hideaki Omura, Thống đốc tỉnh Aichi. Thủ tướng đánh giá cao đóng góp của Thống đốc Omura cho quan hệ hai bên. Tại buổi tiếp Thống đốc tỉnh Kanagawa Kuroiwa Yuji, Thủ tướng Phạm Minh Chính cảm ơn những nỗ lực của Ngài Thống đốc.', people: [['Phạm Minh Chính', 'Thủ tướng'], ['Hideaki Omura'], ['Kuroiwa Yuji']], meetings: [{ kind: 'reception', participants: ['Phạm Minh Chính', 'Kuroiwa Yuji'], host: 'Phạm Minh Chính' }] },
  // talks in a "khi" clause are of the time the clause before names, not of the article's day
  { text: 'Tối 29/3, Tổng Bí thư Tô Lâm đã điện đàm với Tổng thống Hoa Kỳ. Tổng Bí thư Tô Lâm nhắc lại chuyến thăm Hoa Kỳ tháng 9/2024, khi ông hội đàm với Tổng thống Joe Biden tại Nhà Trắng.', date: '2025-03', people: [['Tô Lâm', 'Tổng Bí thư'], ['Joe Biden', 'Tổng thống']], meetings: [{ kind: 'talks', participants: ['Tô Lâm', 'Joe Biden'], date: '2024-09', place: 'Nhà Trắng' }] },
  // a leaders' meeting chaired by one, attended by those listed after "với sự tham dự của"
  { text: 'Trước đó, Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 31 đã diễn ra tại Li-ma trong hai ngày 15-16/11 dưới sự chủ trì của Tổng thống Pê-ru Dina Boluarte, với sự tham dự của lãnh đạo các nền kinh tế thành viên, trong đó có Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Nhật Bản Ishiba Shigeru.', date: '2024-11', people: [['Dina Boluarte', 'Tổng thống', 'PE'], ['Tập Cận Bình', 'Chủ tịch', 'CN'], ['Ishiba Shigeru', 'Thủ tướng', 'JP']], meetings: [{ kind: 'summit', participants: ['Dina Boluarte', 'Tập Cận Bình', 'Ishiba Shigeru'], host: 'Dina Boluarte', place: 'Li-ma', date: '2024-11-15', endDate: '2024-11-16' }] },
  // courtesy calls on two leaders are two meetings, a visit "trước khi lên đường" is the subject's, and a
  // couple is received together
  { text: 'Ngày mai (13/11), Chủ tịch Tập Cận Bình sẽ hội kiến Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn, trước khi lên đường thăm Lào.', date: '2025-11', people: [['Tập Cận Bình', 'Chủ tịch'], ['Phạm Minh Chính', 'Thủ tướng'], ['Trần Thanh Mẫn', 'Chủ tịch Quốc hội']], meetings: [{ kind: 'meeting', participants: ['Tập Cận Bình', 'Phạm Minh Chính'] }, { kind: 'meeting', participants: ['Tập Cận Bình', 'Trần Thanh Mẫn'] }, { kind: 'visit', participants: ['Tập Cận Bình'], place: 'Lào' }] },
  { text: 'Tại Hoàng Cung, Thủ tướng Phạm Minh Chính hội kiến Nhà vua Nhật Bản Naruhito và Hoàng hậu Masako.', people: [['Phạm Minh Chính', 'Thủ tướng'], ['Naruhito'], ['Masako']], meetings: [{ kind: 'meeting', participants: ['Phạm Minh Chính', 'Naruhito', 'Masako'] }] },
  // "cuộc trao đổi" between two leaders is a meeting
  { text: 'Bên lề hội nghị, Tổng thống Trump và Tổng thống Putin đã có cuộc trao đổi ngắn.', people: [['Trump', 'Tổng thống'], ['Putin', 'Tổng thống']], meetings: [{ kind: 'meeting', participants: ['Trump', 'Putin'] }] },
  // the office still stands alone when a cue and another office come before the next name; the contacts
  // named in an opening clause are the meetings the sentence lists, not one more
  { text: 'Thủ tướng Phạm Minh Chính dự hội nghị. Hôm nay, tiếp tục các hoạt động tiếp xúc song phương bên lề hội nghị, Thủ tướng đã có các cuộc gặp với Tổng thống Indonesia Prabowo Subianto và Thủ tướng Ấn Độ Narendra Modi.', people: [['Phạm Minh Chính', 'Thủ tướng'], ['Prabowo Subianto', 'Tổng thống', 'ID'], ['Narendra Modi', 'Thủ tướng', 'IN']], meetings: [{ kind: 'meeting', participants: ['Phạm Minh Chính', 'Prabowo Subianto'] }, { kind: 'meeting', participants: ['Phạm Minh Chính', 'Narendra Modi'] }] },
  { text: 'Thủ tướng Phạm Minh Chính dự hội nghị. Sau đó, Thủ tướng lần lượt gặp Tổng thống Indonesia Prabowo Subianto và Thủ tướng Ấn Độ Narendra Modi.', people: [['Phạm Minh Chính', 'Thủ tướng']], meetings: [{ kind: 'meeting', participants: ['Phạm Minh Chính', 'Prabowo Subianto'] }, { kind: 'meeting', participants: ['Phạm Minh Chính', 'Narendra Modi'] }] },
  // "các nhà lãnh đạo VN" stands where it is written, so the visitor welcomed after it is the guest
  { text: 'Thủ tướng Phạm Minh Chính gặp Chủ tịch Tập Cận Bình. Thủ tướng và các nhà lãnh đạo VN mong muốn được đón ông Tập Cận Bình thăm VN và tham dự hội nghị cấp cao APEC tại Đà Nẵng.', people: [['Phạm Minh Chính', 'Thủ tướng'], ['Tập Cận Bình', 'Chủ tịch']], meetings: [{ kind: 'visit', participants: ['Tập Cận Bình'], place: 'VN' }, { kind: 'summit', participants: ['Tập Cận Bình'], place: 'Đà Nẵng' }] },
  // going to a city to attend a forum there: the forum's place
  { text: 'Theo chương trình, Thủ tướng Phạm Minh Chính sẽ tới thành phố Thiên Tân để tham dự Diễn đàn Kinh tế thế giới ngày 25/6.', date: '2025-06', people: [['Phạm Minh Chính', 'Thủ tướng']], meetings: [{ kind: 'conference', participants: ['Phạm Minh Chính'], date: '2025-06-25', place: 'Thiên Tân', planned: true }] },
  // a capital in the press's old transliteration is a place of its country, and the meeting's place
  { text: 'Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với người đồng cấp Thổ Nhĩ Kỳ tại An-ca-ra.', people: [['Bùi Thanh Sơn', 'Bộ trưởng Ngoại giao']], countries: ['TR'], places: ['An-ca-ra'], meetings: [{ kind: 'talks', participants: ['Bùi Thanh Sơn'], place: 'An-ca-ra' }] },
  { text: 'Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Hạ viện Australia Milton Dick tại Canberra.', people: [['Vương Đình Huệ', 'Chủ tịch Quốc hội'], ['Milton Dick', 'Chủ tịch Hạ viện', 'AU']], countries: ['AU'], places: ['Canberra'], meetings: [{ kind: 'talks', participants: ['Vương Đình Huệ', 'Milton Dick'], place: 'Canberra' }] },
  { text: 'Thứ trưởng Ngoại giao Mỹ Thomas Shannon và Thứ trưởng Ngoại giao Nga Sergei Ryabkov đã có cuộc gặp tại Washington ngày 17/7.', people: [['Thomas Shannon', 'Thứ trưởng Ngoại giao', 'US'], ['Sergei Ryabkov', 'Thứ trưởng Ngoại giao', 'RU']], meetings: [{ kind: 'meeting', participants: ['Thomas Shannon', 'Sergei Ryabkov'], date: '--07-17', place: 'Washington' }] },
  { text: 'Trước đó, Ngoại trưởng Vương Nghị đã gặp Ngoại trưởng Iran Mohammad Javad Zarif tại Tehran.', people: [['Vương Nghị', 'Ngoại trưởng'], ['Mohammad Javad Zarif', 'Ngoại trưởng', 'IR']], places: ['Tehran'], meetings: [{ kind: 'meeting', participants: ['Vương Nghị', 'Mohammad Javad Zarif'], place: 'Tehran' }] },
  { text: 'Lễ đón chính thức Tổng thống Hàn Quốc Moon Jae-in được tổ chức tại Phủ Chủ tịch.', people: [['Moon Jae-in', 'Tổng thống', 'KR']], countries: ['KR'] },
  { text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc tham dự Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo.', people: [['Nguyễn Xuân Phúc', 'Thủ tướng Chính phủ']], places: ['Tokyo'], meetings: [{ kind: 'conference', participants: ['Nguyễn Xuân Phúc'], title: 'Hội nghị Tương lai châu Á lần thứ 23', place: 'Tokyo' }] },
  { text: 'Ra đón Chủ tịch nước Trần Đại Quang tại sân bay quốc tế Minsk có Phó Thủ tướng Belarus Vladimir Semashko và Đại sứ Vladimir Goshin.', people: [['Trần Đại Quang', 'Chủ tịch nước'], ['Vladimir Semashko', 'Phó Thủ tướng', 'BY']], places: ['sân bay quốc tế Minsk'], meetings: [{ kind: 'reception', participants: ['Trần Đại Quang', 'Vladimir Semashko', 'Vladimir Goshin'], host: 'Vladimir Semashko', place: 'sân bay quốc tế Minsk' }] },
  { text: 'Chiều 16/5/2017, Phó Thủ tướng Trịnh Đình Dũng tiếp Đại sứ Hàn Quốc tại Việt Nam Lee Hyuk tại Trụ sở Chính phủ.', people: [['Trịnh Đình Dũng', 'Phó Thủ tướng'], ['Lee Hyuk', 'Đại sứ', 'KR']], places: ['Trụ sở Chính phủ'], meetings: [{ kind: 'reception', participants: ['Trịnh Đình Dũng', 'Lee Hyuk'], host: 'Trịnh Đình Dũng', date: '2017-05-16', place: 'Trụ sở Chính phủ' }] },
  { text: 'Người phát ngôn Điện Kremlin Dmitry Peskov cho biết hai nhà lãnh đạo Nga và Mỹ đã gặp nhau bên lề Hội nghị thượng đỉnh G20.', people: [['Dmitry Peskov']], noMeetings: true },
  { text: 'Thủ tướng Phạm Minh Chính đã lần lượt tiếp Chủ tịch Tập đoàn Samsung Lee Jae-yong, Chủ tịch Tập đoàn LG Koo Kwang-mo và Chủ tịch Tập đoàn SK Chey Tae-won.', people: [['Phạm Minh Chính', 'Thủ tướng'], ['Lee Jae-yong'], ['Koo Kwang-mo'], ['Chey Tae-won']], meetings: [{ kind: 'reception', participants: ['Phạm Minh Chính', 'Lee Jae-yong'], host: 'Phạm Minh Chính' }, { kind: 'reception', participants: ['Phạm Minh Chính', 'Koo Kwang-mo'], host: 'Phạm Minh Chính' }, { kind: 'reception', participants: ['Phạm Minh Chính', 'Chey Tae-won'], host: 'Phạm Minh Chính' }] },
  { text: 'Thống đốc tỉnh Aichi trân trọng cảm ơn Thủ tướng Nguyễn Xuân Phúc đã dành thời gian tiếp.', people: [['Nguyễn Xuân Phúc', 'Thủ tướng']], noMeetings: true },
  { text: 'Các ý kiến đánh giá cao chuyến thăm chính thức Nhật Bản của Thủ tướng Nguyễn Xuân Phúc.', people: [['Nguyễn Xuân Phúc', 'Thủ tướng']], meetings: [{ kind: 'visit', participants: ['Nguyễn Xuân Phúc'], place: 'Nhật Bản' }] },
  { text: 'Ảnh: Doãn Tấn/TTXVN', people: [], notPeople: ['Doãn Tấn'] },
  { text: 'Đồng chí Kazuo Ishii, Chủ tịch Đảng Cộng sản Nhật Bản, đã sang thăm Việt Nam.', people: [['Kazuo Ishii']], countries: ['JP', 'VN'], meetings: [{ kind: 'visit', participants: ['Kazuo Ishii'], place: 'Việt Nam' }] },
  { text: 'Thủ tướng Nguyễn Xuân Phúc tới Hamburg. Bên lề hội nghị, Thủ tướng đã có các cuộc gặp với Tổng thống Indonesia Joko Widodo, Thủ tướng Ấn Độ Narendra Modi và Tổng Giám đốc WHO Tedros Adhanom Ghebreyesus.', people: [['Nguyễn Xuân Phúc', 'Thủ tướng'], ['Joko Widodo', 'Tổng thống', 'ID'], ['Narendra Modi', 'Thủ tướng', 'IN']], meetings: [{ kind: 'meeting', participants: ['Nguyễn Xuân Phúc', 'Joko Widodo'] }, { kind: 'meeting', participants: ['Nguyễn Xuân Phúc', 'Narendra Modi'] }, { kind: 'meeting', participants: ['Nguyễn Xuân Phúc', 'Tedros Adhanom Ghebreyesus'] }] },
  { text: 'Tại cuộc gặp, ông Trump khẳng định sẽ thăm Việt Nam vào tháng 11.', people: [['Trump']], meetings: [{ kind: 'visit', participants: ['Trump'], place: 'Việt Nam', planned: true }] },
  { text: 'Thứ trưởng Ngoại giao Mỹ Thomas Shannon sẽ hội đàm với người đồng cấp Nga Sergei Ryabkov. Cuộc hội đàm này dự kiến diễn ra tại Washington vào ngày 17/7.', people: [['Thomas Shannon'], ['Sergei Ryabkov']], meetings: [{ kind: 'talks', participants: ['Thomas Shannon', 'Sergei Ryabkov'], date: '--07-17', place: 'Washington' }] },
  { text: 'Người phát ngôn Heather Nauert thông báo Mỹ và Nga đang khôi phục các cuộc hội đàm cấp cao.', people: [['Heather Nauert']], noMeetings: true },
  { text: 'Vài ngày sau cuộc hội đàm với phía Mỹ ở Alaska, Ngoại trưởng Trung Quốc Vương Nghị đã tiếp đón Ngoại trưởng Nga Sergei Lavrov.', people: [['Vương Nghị', 'Ngoại trưởng', 'CN'], ['Sergei Lavrov', 'Ngoại trưởng', 'RU']], meetings: [{ kind: 'reception', participants: ['Vương Nghị', 'Sergei Lavrov'], host: 'Vương Nghị' }] },
  { text: 'Chiều 12/11, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.', date: '2017-11', people: [['Nguyễn Phú Trọng', 'Tổng Bí thư'], ['Tập Cận Bình', 'Chủ tịch', 'CN']], places: ['Trụ sở Trung ương Đảng'], meetings: [{ kind: 'talks', participants: ['Nguyễn Phú Trọng', 'Tập Cận Bình'], date: '2017-11-12', place: 'Trụ sở Trung ương Đảng' }] },
  { text: 'Ngày 31/5, tại Nhà Trắng, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Tổng thống Hoa Kỳ Donald Trump trong khuôn khổ chuyến thăm chính thức Hoa Kỳ từ ngày 29-31/5.', date: '2017-06', people: [['Nguyễn Xuân Phúc', 'Thủ tướng'], ['Donald Trump', 'Tổng thống', 'US']], meetings: [{ kind: 'talks', participants: ['Nguyễn Xuân Phúc', 'Donald Trump'], date: '2017-05-31', place: 'Nhà Trắng' }, { kind: 'visit', participants: ['Nguyễn Xuân Phúc'], date: '2017-05-29', endDate: '2017-05-31', place: 'Hoa Kỳ' }] },
  { text: 'Trong khuôn khổ chuyến thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu Á lần thứ 23, chiều 6/6, Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Natsuo Yamaguchi.', date: '2017-06', people: [['Nguyễn Xuân Phúc', 'Thủ tướng'], ['Natsuo Yamaguchi']], meetings: [{ kind: 'reception', participants: ['Nguyễn Xuân Phúc', 'Natsuo Yamaguchi'], host: 'Nguyễn Xuân Phúc', date: '2017-06-06' }] },
  { text: 'Viện trưởng VKSND Lê Minh Trí phát biểu tại phiên họp.', people: [['Lê Minh Trí', 'Viện trưởng VKSND']], orgs: ['VKSND'], notPeople: ['VKSND Lê Minh Trí'] },
  { text: 'Sau nhiều lần thương lượng, bà Nam đồng ý trả trước một nửa số tiền.', people: [['Nam']], countries: [] },
  { text: 'Trận thua khiến HLV Brad Stevens phải thay đổi đội hình xuất phát.', people: [['Brad Stevens', 'HLV']] },
  { text: 'Nhà sáng lập WikiLeaks Julian Assange vẫn ở trong đại sứ quán.', people: [['Julian Assange']] },
  { text: 'Trong hiệp hai, Andre Iguodala và Jordan Bell liên tục ghi điểm cho đội khách.', people: [['Jordan Bell'], ['Andre Iguodala']], notPeople: ['Bell'], countries: [] },
  { text: 'Ngày ấy, cả đơn vị chỉ lo đối phó với ông Nguyễn Lở, người nổi tiếng nghiêm khắc.', people: [['Nguyễn Lở']], notPeople: ['Nguyễn', 'Lở'] },
  // a meeting still to come does not take the day the article reports; going to a place to meet places it
  { text: 'Chiều 9/5, Ngoại trưởng Mỹ Rex Tillerson đã hội đàm với Ngoại trưởng Nga Sergei Lavrov. Dự kiến sau cuộc hội đàm, ông Lavrov sẽ tới Nhà Trắng để gặp Tổng thống Donald Trump.', date: '2017-05', meetings: [{ kind: 'talks', participants: ['Rex Tillerson', 'Sergei Lavrov'], date: '2017-05-09' }, { kind: 'meeting', participants: ['Lavrov', 'Donald Trump'], place: 'Nhà Trắng', planned: true, noDate: true }] },
  // the title of another article, linked in brackets, reports no meeting of this one
  { text: 'Cảnh sát đã kiểm tra an ninh đối với phóng viên. [Báo động chất nổ ở Rome trước chuyến thăm của Tổng thống Mỹ Trump] Các xe buýt được triển khai để đưa đón phóng viên.', noMeetings: true },
  // the attendees are the subject of the cue's own clause, not the people of an opening clause about another meeting
  { text: 'Tại cuộc gặp giữa Thủ tướng Nguyễn Xuân Phúc và Tổng thống Hoa Kỳ Donald Trump, ông Trump khẳng định sẽ thăm Việt Nam và tham dự Hội nghị Cấp cao APEC tại Đà Nẵng.', meetings: [{ kind: 'summit', participants: ['Trump'], place: 'Đà Nẵng', planned: true }] },
  // a place in an opening main clause about something else does not place the meeting after it
  { text: 'Chuyến bay chở hàng viện trợ được khởi hành từ căn cứ quân sự Travis ở bang California, sau cuộc hội đàm giữa Tổng thống Mỹ Joe Biden và Thủ tướng Ấn Độ Narendra Modi.', meetings: [{ kind: 'talks', participants: ['Joe Biden', 'Narendra Modi'], noPlace: true }] },
  // "this week" gives the month of the date line, not its day
  { text: 'Lô hàng được chuyển đi sau cuộc hội đàm trong tuần này giữa Tổng thống Mỹ Joe Biden và Thủ tướng Ấn Độ Narendra Modi.', date: '2021-04', meetings: [{ kind: 'talks', participants: ['Joe Biden', 'Narendra Modi'], date: '2021-04' }] },
  // talks in an opening "sau …" clause are the main subject's, not those he receives next; "bay đến" is a visit
  { text: 'Vài ngày sau cuộc hội đàm với phía Mỹ ở Alaska, Ngoại trưởng Trung Quốc Vương Nghị đã tiếp đón Ngoại trưởng Nga Sergei Lavrov.', meetings: [{ kind: 'talks', participants: ['Vương Nghị'] }, { kind: 'reception', participants: ['Vương Nghị', 'Sergei Lavrov'], host: 'Vương Nghị' }] },
  { text: 'Một tuần sau, ông Vương Nghị bay đến Iran và ký một thỏa thuận hợp tác.', meetings: [{ kind: 'visit', participants: ['Vương Nghị'], place: 'Iran' }] },
  // "tháng 3 vừa qua": March of the date line's year
  { text: 'Thủ tướng nhấn mạnh chuyến thăm cấp Nhà nước tới Việt Nam của Nhà Vua Nhật Bản Akihito vào tháng 3 vừa qua là một dấu mốc quan trọng.', date: '2017-06', meetings: [{ kind: 'visit', participants: ['Akihito'], date: '2017-03', place: 'Việt Nam' }] },
  // "hai nhà lãnh đạo Nga và Mỹ": the one leader of each country the article has named (the spokesman is no leader)
  { text: 'Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin có mặt tại Hamburg. Thư ký báo chí Dmitry Peskov cho biết hai nhà lãnh đạo Nga và Mỹ đã gặp nhau ngoài hành lang hội nghị.', meetings: [{ kind: 'meeting', participants: ['Vladimir Putin', 'Donald Trump'] }] },
  // a caption before the lead's date: "chiều 26/6" further on still dates the article's receptions
  { text: 'Chủ tịch nước bắt đầu chuyến thăm Belarus.\nChủ tịch nước Trần Đại Quang đã tới thủ đô Minsk.\nPhó Thủ tướng Belarus Vladimir Semashko đón Chủ tịch nước Trần Đại Quang tại sân bay quốc tế Minsk. (Ảnh: TTXVN) Theo đặc phái viên TTXVN, chiều 26/6, Chủ tịch nước Trần Đại Quang đã tới thủ đô Minsk.', date: '2017-06', meetings: [{ kind: 'reception', participants: ['Vladimir Semashko', 'Trần Đại Quang'], host: 'Vladimir Semashko', date: '2017-06-26' }] },
  // the best-known firms are organizations by name, with a product's English word after them; "Ả Rập Saudi" is a country
  { text: 'Đại diện Viettel và Formosa đã làm việc với Bộ Tài nguyên và Môi trường.', notPeople: ['Viettel', 'Formosa'], orgs: ['Viettel', 'Formosa'] },
  { text: 'Ông Trần Trung Hưng, Tổng Giám đốc Viettel Post cho biết sản lượng tăng mạnh.', people: [['Trần Trung Hưng', 'Tổng Giám đốc Viettel Post']], orgs: ['Viettel Post'] },
  { text: 'Quốc vương Ả Rập Saudi Salman đã tiếp Tổng thống Donald Trump tại Riyadh.', countries: ['SA'], notPeople: ['Ả Rập Saudi Salman'] },
  // "Cộng hòa" before a country is the country's formal name, not a person "Cộng"
  { text: 'Sáng 20-6, Thủ tướng Nguyễn Xuân Phúc tiếp Chủ tịch Thượng viện Cộng hòa Haiti Youri Latortue.', people: [['Nguyễn Xuân Phúc'], ['Youri Latortue', 'Chủ tịch Thượng viện', 'HT']], notPeople: ['Cộng'], meetings: [{ kind: 'reception', participants: ['Nguyễn Xuân Phúc', 'Youri Latortue'], host: 'Nguyễn Xuân Phúc' }] },
  // two acronyms between an office and a name are the office's organization, a country after them too
  { text: 'Chủ tịch UBTƯ MTTQ Việt Nam Nguyễn Thiện Nhân đã dự buổi lễ khánh thành.', people: [['Nguyễn Thiện Nhân', 'Chủ tịch UBTƯ MTTQ']], notPeople: ['UBTƯ MTTQ'] },
  { text: 'Bà Nguyễn Thị Lan, Phó Chủ tịch HĐND TP Cần Thơ Phùng Thị Hồng Hà và các đại biểu đã dự.', people: [['Phùng Thị Hồng Hà', 'Phó Chủ tịch HĐND TP']] },
  // an acronym between an office and a name is the office's organization, however long ("VKSNDTC"), and so is a team by age ("U23")
  { text: 'Phó Viện trưởng VKSNDTC Nguyễn Hải Phong: Kiên quyết không để lọt tội phạm', people: [['Nguyễn Hải Phong', 'Phó Viện trưởng VKSNDTC']], notPeople: ['VKSNDTC Nguyễn Hải Phong'] },
  { text: 'Thủ quân U19 Đình Trọng: Chúng tôi sẽ chiến đấu hết mình', people: [['Đình Trọng', 'Thủ quân U19']], notPeople: ['U19 Đình Trọng'] },
  // a name written after a word for a product is the product's wherever it recurs in the article
  { text: 'Sau 4 tuần uống thuốc Minh Khang Vương, bà Lan cho biết Minh Khang Vương giúp bà ngủ ngon hơn.', people: [['Lan']], notPeople: ['Minh Khang Vương'] },
  // a district's name that looks like a person's is the district all through an article that writes it as a place; a club in brackets is no place
  { text: 'Phà hướng mũi về Cù Lao Dung (Sóc Trăng), càng gần càng xanh. Cù Lao Dung như mũi tên xanh giữa biển.', places: ['Cù Lao Dung'], notPeople: ['Cù Lao Dung'] },
  { text: 'Thanh Bình (FLC Thanh Hóa) sẽ đá cặp với Công Phượng. Thanh Bình ghi bàn ở phút 12.', people: [['Thanh Bình']] },
  // a name after a house number is a street's when the article says it is an address; a seed's number is no house's
  { text: 'Chủ quán là bà Trần Thị Quỳnh (trú tại 314 Lê Thánh Tông, TP Huế) đã trình báo công an.', people: [['Trần Thị Quỳnh']], notPeople: ['Lê Thánh Tông'] },
  { text: 'Thông tin chuyển khoản: Ngân hàng Ngoại thương Việt Nam - 198 Trần Quang Khải, Hà Nội.', notPeople: ['Trần Quang Khải'] },
  { text: 'Ở tứ kết, anh có thể gặp hạt giống số 8 Dominic Thiem (Áo) hoặc tay vợt Pháp Gael Monfils.', people: [['Dominic Thiem']] },
  // a club named by a word and its city is no person the rules cut before the city: "cầu thủ Real Madrid"
  { text: 'Việc anh bay tới Morocco mỗi tuần đã ảnh hưởng đến phong độ của cầu thủ Real Madrid, người dẫn chương trình nói.', notPeople: ['Real'], orgs: ['Real Madrid'] },
  // a country's one-word name inside a Vietnamese full name is a syllable of it: "Phương Mỹ Chi", "Lê Nhật Minh"
  { text: 'Sau đêm diễn, Phương Mỹ Chi và Lê Nhật Minh ở lại giao lưu với khán giả.', people: [['Phương Mỹ Chi'], ['Lê Nhật Minh']], notPeople: ['Phương'], countries: [] },
  // "thầy" and the southern "ổng" introduce people, and are no part of their names
  { text: 'Ổng Hòa tin tưởng rằng giá Bitcoin sẽ còn tăng mạnh trong năm tới.', people: [['Hòa']], notPeople: ['Ổng Hòa'] },
  { text: 'Theo thầy giáo Nguyễn Quang Minh, học sinh cần được tư vấn tâm lý sớm.', people: [['Nguyễn Quang Minh', 'thầy giáo']] },
  // a private school named like a person: "tư thục" before the name makes it the school's
  { text: 'Clip ghi lại cảnh bạo hành trẻ tại nhóm lớp độc lập tư thục Thanh Hà, phường Minh Khai, quận Hai Bà Trưng.', notPeople: ['Thanh Hà'] },
  // a place between an office and the name qualifies the office, place word and all: the office still introduces the name
  { text: 'Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã yêu cầu Giám đốc Sở GD-ĐT báo cáo về sự việc.', people: [['Nguyễn Đức Chung', 'Chủ tịch UBND']] },
  { text: 'Bí thư Thành ủy TP.HCM Đinh La Thăng đã làm việc với lãnh đạo quận 1.', people: [['Đinh La Thăng', 'Bí thư Thành ủy']] },
  // an office written after the name, with its organization or country, is the person's; a bare one may be the next item of a list
  { text: 'Tại cuộc họp giao ban sáng nay, ông Nguyễn Văn Sửu, Phó Chủ tịch UBND TP Hà Nội yêu cầu các đơn vị rút kinh nghiệm.', people: [['Nguyễn Văn Sửu', 'Phó Chủ tịch UBND']] },
  { text: 'Ông Sergei Lavrov, Ngoại trưởng Nga, cho biết hai bên đã đạt được nhiều thỏa thuận.', people: [['Sergei Lavrov', 'Ngoại trưởng', 'RU']] },
  // a meeting of public life has a country, a named event or someone in an office (before the name or after it);
  // two people meeting on the street are a crime story's
  { text: 'Trong lúc anh Hoàng đang đi bộ thì gặp anh Dương lái ô tô chở vợ đi.', noMeetings: true },
  { text: 'Sáng 6/2, ông Trịnh Lê Đức, Chủ tịch UBND phường Minh Khai, đã làm việc với bà Vũ Thị Tân về vụ việc.', meetings: [{ kind: 'meeting', participants: ['Trịnh Lê Đức', 'Vũ Thị Tân'] }] },
  // a call has two parties: one person and a phone is none; one leader's "điện đàm" is one
  { text: 'Sau đó bà Lan lấy điện thoại nhắn tin cho cảnh sát khu vực kể lại sự việc.', noMeetings: true },
  { text: 'Tân Tổng thống Hàn Quốc Moon Jae-in điện đàm với lãnh đạo Trung Quốc và Nhật Bản.', meetings: [{ kind: 'call', participants: ['Moon Jae-in'] }] },
  // words with "tiếp" or "đón" that are no reception: taking the floor, communicating, a home match
  { text: 'Tiếp lời nhạc sĩ Đức Trí, đại diện ban tổ chức cho hay, lý do họ gửi lời mời những nhân tố mới.', noMeetings: true },
  { text: 'Trước trận tiếp đón U20 Argentina trên sân Mỹ Đình, HLV Hữu Thắng đã dành cho đối thủ những lời đánh giá cao.', noMeetings: true },
  // "trận gặp" is a match against a team, no meeting
  { text: 'Hậu vệ Dani Carvajal cũng được điền tên vào danh sách thi đấu trận gặp Malaga của đội trưởng Sergio Ramos.', noMeetings: true },
  // a preschool's name in a meeting's sentence is no participant: the school's
  { text: 'Ngay trong cuộc họp, Chủ tịch Hà Nội Nguyễn Đức Chung đã yêu cầu Sở GDĐT Hà Nội xem xét xử lý nghiêm 2 cô giáo trường mầm non Minh Anh đánh học sinh.', people: [['Nguyễn Đức Chung']], notPeople: ['Minh Anh'] },
  // a commune's name the article writes once after "xã" is the commune all through it
  { text: 'Khi đến địa phận xã Hương Canh, xe va chạm với xe máy. Ông Phong (Hương Canh) cho biết hung thủ đã bỏ trốn.', people: [['Phong']], notPeople: ['Hương Canh'] },
  // a firm the article names once after "công ty" (or a preschool after "mầm non") is the firm wherever its name stands bare;
  // not a name an honorific gives a person, nor a Vietnamese full name ("công ty Lưu Văn Hòa": the owner's)
  { text: 'Theo đại diện công ty Thiên Phúc Long, năm nay lượng khách tăng mạnh. Bên cạnh đó, Thiên Phúc Long cũng cho khách đặt tiền trước, lấy vàng sau.', notPeople: ['Thiên Phúc Long'], orgs: ['Thiên Phúc Long'] },
  { text: 'Hai cô giáo của trường mầm non Hoa Mai bị tạm đình chỉ. Từ ngày 6/2, Hoa Mai dừng nhận trẻ.', notPeople: ['Hoa Mai'] },
  { text: 'Bà Ngọc Hà lập công ty Ngọc Hà từ năm 2010. Theo bà Ngọc Hà, doanh thu năm nay tăng gấp đôi.', people: [['Ngọc Hà']] },
  { text: 'Ông Hòa là chủ công ty Lưu Văn Hòa. Năm 2015, Lưu Văn Hòa mở thêm hai xưởng ở Bình Dương.', people: [['Lưu Văn Hòa']] },
  // an organization's head word before a name the tagger reads as a person's: the organization ("BV" a hospital)
  { text: 'Mới 9h sáng nhưng tất cả các bãi gửi xe của BV Thanh Nhàn đều hết chỗ.', notPeople: ['Thanh Nhàn'], orgs: ['BV Thanh Nhàn'] },
  { text: 'Một nghiên cứu của Đại học John Hopkins cho thấy có thể dựa vào giọng nói. Phòng khám Phúc An có vi phạm về các quy định.', notPeople: ['John Hopkins', 'Phúc An'], orgs: ['Đại học John Hopkins', 'Phòng khám Phúc An'] },
  // "Trường" and one syllable is a man's name, not a school's: after an office, and before an adverb
  { text: 'Cách đây 30 năm, Tổng Bí thư Trường Chinh đã nêu những giải pháp đổi mới.', people: [['Trường Chinh']] },
  // offices written as abbreviations introduce people and are no organization: BLV (commentator), PTT (deputy prime minister)
  { text: 'Theo BLV Quang Huy, đội tuyển đã chơi tốt hơn nhiều so với trận lượt đi.', people: [['Quang Huy', 'BLV']], notPeople: ['BLV Quang Huy'] },
  { text: 'PTT Vũ Đức Đam dự lễ khai mạc năm học mới tại Hà Nội.', people: [['Vũ Đức Đam', 'PTT']] },
  // a place word ends where the stop after it does: the name after "tỉnh;" is the next person of the list
  { text: 'Dự hội nghị có các đồng chí: Hoàng Văn Thái, Phó Chủ tịch Thường trực HĐND tỉnh; Lò Thị Mai, Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh; Đinh Công Sơn, Phó Chủ tịch UBND huyện.', people: [['Hoàng Văn Thái'], ['Lò Thị Mai'], ['Đinh Công Sơn']] },
  // an office that ends in an organization's head with its capital: the head begins the organization's name, whose
  // head is the person's ("Trưởng Ban Tuyên giáo Trung ương"), and no one is "Dân" ("Trưởng Ban Dân vận")
  { text: 'Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng phát biểu khai mạc hội nghị.', people: [['Võ Văn Thưởng', 'Trưởng Ban Tuyên giáo Trung ương']], orgs: ['Ban Tuyên giáo Trung ương'] },
  { text: 'Đồng chí Trương Thị Mai, Trưởng Ban Dân vận T.Ư cùng đoàn công tác đã thăm tỉnh Điện Biên.', people: [['Trương Thị Mai']], notPeople: ['Dân', 'T.Ư'], orgs: ['Ban Dân vận T.Ư'] },
];

function run(row: Row) {
  const prefix = row.date ? `date ${row.date} ` : '';
  const doc: Doc = { id: 'row.txt', text: prefix + row.text, bodyStart: prefix.length, ...(row.date ? { date: row.date } : {}) };
  return processDoc(doc);
}

describe('Vietnamese sentences', () => {
  it('has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));
  for (const row of rows) {
    it(row.text.slice(0, 70), () => {
      const { extraction: x } = run(row);
      const text = (row.date ? `date ${row.date} ` : '') + row.text;
      for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const people = x.mentions.filter((m) => m.kind === 'person' && !m.credit);
      const names = people.map((m) => m.text);
      for (const [name, title, country] of row.people ?? []) {
        const found = people.find((m) => m.text === name);
        expect(found, `person ${name} in ${JSON.stringify(names)}`).toBeDefined();
        if (title) expect(people.some((m) => m.text === name && m.title === title), `title of ${name}: ${found?.title}`).toBe(true);
        if (country) expect(people.some((m) => m.text === name && m.country === country), `country of ${name}: ${found?.country}`).toBe(true);
      }
      if (row.people && row.people.length === 0) expect(names).toEqual([]);
      for (const n of row.notPeople ?? []) expect(names).not.toContain(n);
      const countries = new Set(x.mentions.filter((m) => m.kind === 'country').map((m) => m.entity!.slice(8)));
      for (const c of row.countries ?? []) expect([...countries]).toContain(c);
      for (const p of row.places ?? []) expect(x.mentions.filter((m) => m.kind === 'location').map((m) => m.text)).toContain(p);
      for (const o of row.orgs ?? []) expect(x.mentions.filter((m) => m.kind === 'organization').map((m) => m.text)).toContain(o);
      if (row.noMeetings) expect(x.meetings.map((m) => m.kind)).toEqual([]);
      for (const want of row.meetings ?? []) {
        const got = x.meetings.filter((m) => m.kind === want.kind);
        expect(got.length, `${want.kind} in ${JSON.stringify(x.meetings.map((m) => m.kind))}`).toBeGreaterThan(0);
        const same = got.filter((g) => new Set(g.participants.map((p) => x.mentions[p.mention].text)).size === want.participants.length && want.participants.every((n) => g.participants.some((p) => x.mentions[p.mention].text === n)));
        // a meeting reported in several sentences: the report that carries what is expected
        const m = same.find((g) => (!want.date || g.date === want.date) && (!want.place || g.place?.text === want.place)) ?? same[0];
        expect(m, `${want.kind} with ${want.participants.join(', ')}: got ${JSON.stringify(got.map((g) => g.participants.map((p) => x.mentions[p.mention].text)))}`).toBeDefined();
        if (want.host) expect(m!.participants.find((p) => p.role === 'host') && x.mentions[m!.participants.find((p) => p.role === 'host')!.mention].text).toBe(want.host);
        if (want.date) expect(m!.date).toBe(want.date);
        if (want.endDate) expect(m!.endDate).toBe(want.endDate);
        if (want.place) expect(m!.place?.text).toBe(want.place);
        if (want.title) expect(m!.title).toBe(want.title);
        if (want.planned) expect(m!.planned).toBe(true);
        if (want.noDate) expect(m!.date).toBeUndefined();
        if (want.noPlace) expect(m!.place).toBeUndefined();
      }
    });
  }
});

describe('a named event reported without its participants', () => {
  // written for this test in the style of a summit preview
  const text = 'Hội nghị Thượng đỉnh Nhóm các nước công nghiệp phát triển hàng đầu thế giới (G7) lần thứ 43 sẽ diễn ra tại Taormina trong các ngày 26-27/5. Tổng thống Mỹ Donald Trump sẽ tham dự hội nghị G7 sau chuyến thăm Vatican.';
  it('gives its date and place to the meeting of the same event', () => {
    const { result } = processDoc({ id: 'g7.txt', text: `date 2017-05 ${text}`, bodyStart: 13, date: '2017-05' });
    const summits = result.meetings.filter((m) => m.kind === 'summit');
    expect(summits.map((m) => [m.participants.map((p) => p.entity), m.date, m.endDate, m.place])).toEqual([
      [['person:donald-trump'], '2017-05-26', '2017-05-27', 'Taormina'],
    ]);
  });
  it('is no meeting on its own', () => {
    const { result } = processDoc({ id: 'g7.txt', text: text.split('. ')[0], bodyStart: 0 });
    expect(result.meetings).toEqual([]);
  });
});

describe('a state visit reported by its day and by its span', () => {
  // written for this test in the style of a state-visit report
  const text = 'Sáng 12/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường chủ trì lễ đón chính thức Tổng thống Brazil Luiz Inácio Lula da Silva thăm cấp Nhà nước tới Việt Nam. Tổng thống Lula da Silva đang có chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 11-13/5. Ông đến Hà Nội ngay sau chuyến thăm Nhật Bản, nơi ông hội đàm với Thủ tướng Ishiba Shigeru.';
  const { result } = processDoc({ id: 'lula.txt', text: `date 2025-05-12 ${text}`, bodyStart: 16, date: '2025-05-12' });
  it('is one visit with the span', () => {
    const visits = result.meetings.filter((m) => m.kind === 'visit' && m.place !== 'Nhật Bản');
    expect(visits.map((m) => [m.date, m.endDate, m.place])).toEqual([['2025-05-11', '2025-05-13', 'Việt Nam']]);
  });
  it('dates what came just before it by the month only', () => {
    const talks = result.meetings.filter((m) => m.kind === 'talks' && m.participants.some((p) => p.entity.includes('ishiba')));
    expect(talks.map((m) => m.date)).toEqual(['2025-05']);
  });
});

describe('contacts named in an opening clause and then listed', () => {
  // written for this test in the style of a summit-sidelines report
  const text = 'Thủ tướng Phạm Minh Chính dự hội nghị. Hôm nay, tiếp tục các hoạt động tiếp xúc song phương bên lề hội nghị, Thủ tướng đã có các cuộc gặp với Tổng thống Indonesia Prabowo Subianto và Thủ tướng Ấn Độ Narendra Modi.';
  it('are the listed meetings, not one more of everyone', () => {
    const { extraction } = processDoc({ id: 'g20.txt', text, bodyStart: 0 });
    const meetings = extraction.meetings.filter((m) => m.kind === 'meeting').map((m) => m.participants.map((p) => extraction.mentions[p.mention].text).join(' + '));
    expect(meetings).toEqual(['Phạm Minh Chính + Prabowo Subianto', 'Phạm Minh Chính + Narendra Modi']);
  });
});
