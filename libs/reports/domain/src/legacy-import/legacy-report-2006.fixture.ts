/**
 * A made-up yearly report in the 2006 structure (the tests' own wording, the figures of the 2006 example):
 * attendance 15/16, 16/16, 32/32 and 45/48, one resignation told three times (the board's shrinking, the
 * disclosure, the policy settled), a self-score of 97. Used by the parser's tests and the import's e2e test.
 */
export const LEGACY_REPORT_2006_FIXTURE = `BÁO CÁO

**Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2006
và định hướng năm 2007**

A/- KẾT QUẢ NĂM 2006 :

I/- Đặc điểm tình hình :

Văn phòng là cơ quan tham mưu giúp cấp ủy về công tác xây dựng Đảng trong khối.

Tổng số cán bộ công chức của cơ quan là 16 đồng chí, gồm 4 bộ phận.

- Chi bộ cơ sở có BCH 03 đ/c với 15 đảng viên.

- Công đoàn cơ sở có BCH 03 đ/c với 16 công đoàn viên.

II/- Vai trò của cấp ủy, chính quyền và đoàn thể:

Ngay từ đầu năm cấp ủy và lãnh đạo cơ quan đã quán triệt chỉ thị số 30 của Bộ Chính trị về quy chế dân chủ, tổ chức 01 cuộc có 15/16 đ/c dự (vắng 01 do ốm).

III/- Kết quả thực hiện quy chế dân chủ:

1/- Công tác tổ chức, tuyên truyền:

Ban thực hiện quy chế dân chủ gồm 5 đ/c. Trong năm do nghỉ việc 01 đồng chí, đi học dài hạn 01 đ/c nên ban còn 03 đồng chí hoạt động.

Ban phổ biến Nghị định 71 trong hội nghị cán bộ công chức đầu năm có 16/16 CBCC tham dự.

2/- Kết quả cụ thể như sau:

2.1/- Kết quả tuyên truyền:

Cán bộ, đảng viên hiểu rõ hơn quyền làm chủ của mình.

2.2/- Những việc thủ trưởng công khai:

- Triển khai nghị quyết đại hội Đảng các cấp được 02 cuộc có 32/32 CBCC tham dự. Triển khai công văn số 337/LĐLĐ ngày 23/8/2006 của liên đoàn lao động tỉnh "V/v hưởng ứng tháng an toàn giao thông"; tổng cộng được 03 cuộc, có 45/48 lượt người dự.

- Trong năm có tuyển dụng 01 đ/c, giải quyết nghỉ việc theo đơn 01 đ/c, nâng lương cho 08 đ/c và bổ sung phụ cấp cho 01 đ/c.

2.3/- Những việc cán bộ tham gia ý kiến:

- Cử đi đào tạo lý luận chính trị 02 đ/c.

- Giải quyết chế độ cho 01 đ/c theo đơn xin nghỉ việc.

2.4/- Những việc cán bộ giám sát, kiểm tra:

- Công đoàn giám sát việc thực hiện chế độ chính sách.

2.5/- Hội nghị cán bộ công chức đầu năm đã bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008.

2.6/- Trong năm không có đơn khiếu nại, tố cáo.

2.7/- Các bộ phận niêm yết thủ tục tại công sở.

2.8/- Ban thanh tra nhân dân gồm 3 đ/c, có chương trình công tác năm.

IV/- Nhận xét đánh giá chung :

1/- Ưu điểm :

- Nội bộ đoàn kết, mọi việc đều bàn bạc tập thể. Ban thực hiện QCDC tự chấm 97 điểm.

2/- Hạn chế:

Ban chưa sơ kết 6 tháng đầu năm.

3/- Kiến nghị:

Đề nghị Ban chỉ đạo tỉnh mở lớp tập huấn.

B/- ĐỊNH HƯỚNG NĂM 2007:

1/- Tiếp tục quán triệt Nghị định 71.

2/- Tổ chức sơ kết 6 tháng và tổng kết năm.

Nơi nhận:
- Ban chỉ đạo tỉnh;
- Cấp ủy chi bộ;
- Lưu VT.

**T/M BAN THỰC HIỆN QCDC
TRƯỞNG BAN**


Nguyễn Văn Thử
`;
