// The articles of test/fixtures/bad-input, as NFC text in the traditional tone style: what reading each
// fixture file must give. make-bad-input.mjs writes the files from these; the tests compare against them.
// Short articles written for this project about real meetings.

export const TEXTS = {
  'article.txt':
    'date 2023-09-10 Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Mỹ Joe Biden tại Hà Nội.\n\n' +
    'Hai nhà lãnh đạo ra Tuyên bố chung nâng quan hệ Việt Nam - Hoa Kỳ lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững.\n',
  'utf8-bom.txt':
    'date 2023-12-12 Chủ tịch Trung Quốc Tập Cận Bình thăm cấp nhà nước Việt Nam từ ngày 12-13/12.\n\n' +
    'Tổng Bí thư Nguyễn Phú Trọng chủ trì lễ đón và hội đàm với ông Tập Cận Bình tại Trụ sở Trung ương Đảng.\n',
  'utf16le-bom.txt':
    'date 2019-02-27 Hội nghị thượng đỉnh Mỹ - Triều Tiên lần thứ hai diễn ra tại Hà Nội.\n\n' +
    'Tổng thống Donald Trump gặp nhà lãnh đạo Kim Jong-un tại khách sạn Metropole.\n',
  'utf16le-nobom.txt':
    'date 2018-06-12 Tổng thống Mỹ Donald Trump và nhà lãnh đạo Triều Tiên Kim Jong-un gặp nhau lần đầu tại đảo Sentosa, Singapore.\n',
  'windows-1258.txt':
    'date 2016-05-23 Tổng thống Mỹ Barack Obama bắt đầu chuyến thăm chính thức Việt Nam.\n\n' +
    'Chủ tịch nước Trần Đại Quang chủ trì lễ đón và hội đàm với ông Obama tại Phủ Chủ tịch; hai bên nhất trí tăng cường hợp tác.\n',
  // TCVN3 (ABC) has no capital letters with tone marks: this article needs none.
  'tcvn3.txt':
    'date 2017-11-11 Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Nga Vladimir Putin bên lề Hội nghị cấp cao APEC tại Đà Nẵng.\n\n' +
    'Hai nhà lãnh đạo khẳng định quyết tâm đưa quan hệ Đối tác chiến lược toàn diện Việt Nam - Liên bang Nga lên tầm cao mới.\n',
  'vni.txt':
    'date 2019-03-01 Chủ tịch nước Nguyễn Phú Trọng hội đàm với Chủ tịch Triều Tiên Kim Jong-un tại Phủ Chủ tịch.\n\n' +
    'Ông Kim Jong-un đến Việt Nam bằng tàu hỏa qua ga Đồng Đăng, Lạng Sơn; Ủy ban nhân dân tỉnh đã chuẩn bị lễ đón.\n',
  'nfd.txt':
    'date 2022-11-12 Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Nhật Bản Kishida Fumio bên lề Hội nghị cấp cao ASEAN tại Phnôm Pênh.\n',
  'tones-new.txt':
    'date 2023-06 Thủ tướng Phạm Minh Chính tiếp Đại sứ Thụy Sĩ tại Việt Nam.\n\n' +
    'Hai bên trao đổi về hòa bình, hợp tác, thương mại hàng hóa và ủy ban hỗn hợp; Thủ tướng chúc Đại sứ khỏe mạnh.\n',
  'bad-date.txt':
    'date 2019-13-45 Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nga Konstantin Vnukov tại Trụ sở Chính phủ.\n',
  'more/note.md':
    '# Ghi chú\n\nBộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n',
};

/** The HTML page saved as page.txt, and the plain text it must read as. */
export const PAGE_HTML =
  '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>Tin đối ngoại</title>\n' +
  '<style>p { margin: 0 }</style>\n</head>\n<body>\n' +
  '<h1>Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Hoa&nbsp;Kỳ Antony Blinken</h1>\n' +
  '<p>Hai bên trao đổi về quan hệ Việt Nam &amp; Hoa Kỳ,\n   hợp tác kinh tế và an ninh khu vực.</p>\n' +
  '<script>document.write("<p>quảng cáo</p>");</script>\n' +
  '<p>Ngoại trưởng Blinken cảm ơn Bộ trưởng Bùi Thanh Sơn &#8220;vì cuộc trao đổi thẳng thắn&#8221;.</p>\n' +
  '</body>\n</html>\n';
export const PAGE_TEXT =
  'Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken\n\n' +
  'Hai bên trao đổi về quan hệ Việt Nam & Hoa Kỳ, hợp tác kinh tế và an ninh khu vực.\n\n' +
  'Ngoại trưởng Blinken cảm ơn Bộ trưởng Bùi Thanh Sơn “vì cuộc trao đổi thẳng thắn”.\n';

/** tones-new.txt written in the new style ("hoà", "Thuỵ", "uỷ", "khoẻ"); tones-old.txt in the traditional one. */
export const NEW_STYLE = (s) =>
  s.replace(/hòa/g, 'hoà').replace(/hóa/g, 'hoá').replace(/Thụy/g, 'Thuỵ').replace(/ủy/g, 'uỷ').replace(/khỏe/g, 'khoẻ');
