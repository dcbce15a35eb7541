/** A made-up report in the 2006 structure (own wording and figures) for the legacy-import tests. */
export const LEGACY_REPORT_FIXTURE = `BÁO CÁO

**Kết quả thực hiện quy chế dân chủ tại Sở Thủy lợi năm 2011
và phương hướng năm 2012**

A/- KẾT QUẢ NĂM 2011 :

I/- Tình hình đơn vị :

Sở có chức năng quản lý các công trình thủy lợi trên địa bàn tỉnh.

Tổng số cán bộ công chức của Sở là 24 đồng chí, chia làm 3 phòng.

- Chi bộ có 19 đảng viên.

- Công đoàn cơ sở có 22 công đoàn viên.

II/- Sự lãnh đạo của chi bộ và thủ trưởng :

Chi bộ đã phổ biến chỉ thị số 30 trong 02 cuộc có 21/24 đ/c dự.

III/- Kết quả thực hiện :

1/- Tổ chức bộ máy :

Ban chỉ đạo gồm 4 đ/c, họp đầu năm có 23/24 CBCC tham dự.

2/- Kết quả cụ thể:

2.1/- Tuyên truyền:

Các phòng đều được phổ biến văn bản mới.

2.2/- Công khai:

- Triển khai công văn số 512/SNN-TL ngày 14/3/2011 của Sở "V/v phòng chống lụt bão" được 04 cuộc, có 80/96 lượt người dự.

- Trong năm tuyển dụng 02 đ/c và nâng lương cho 05 đ/c.

2.3/- Góp ý:

Cán bộ góp ý vào quy chế chi tiêu nội bộ.

2.4/- Giám sát:

Công đoàn giám sát việc thực hiện chế độ.

2.5/- Hội nghị đầu năm đã bầu Ban thanh tra nhân dân nhiệm kỳ 2011-2013.

2.6/- Không có đơn khiếu nại trong năm.

2.7/- Có niêm yết thủ tục tại trụ sở.

2.8/- Ban thanh tra nhân dân có 3 thành viên.

IV/- Đánh giá chung :

1/- Ưu điểm :

Đơn vị tự chấm 92 điểm.

2/- Hạn chế :

Chưa sơ kết 6 tháng.

3/- Kiến nghị:

Đề nghị tập huấn thêm.

B/- PHƯƠNG HƯỚNG NĂM 2012:

1/- Tiếp tục phổ biến quy chế.

Nơi nhận:
- Ban chỉ đạo tỉnh;
- Lưu VT.

**K/T GIÁM ĐỐC
PHÓ GIÁM ĐỐC**


Lê Thị Hạnh
`;
