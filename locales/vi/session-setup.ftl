### Chuẩn bị buổi phỏng vấn: cán bộ trả lời, phần lớn trước khi người được phỏng vấn vào phòng.

checklist-title = Chuẩn bị buổi phỏng vấn

section-session = Buổi phỏng vấn
section-privacy = Kiểm tra sự riêng tư
section-interpreter = Phiên dịch viên
section-language = Ngôn ngữ của người được phỏng vấn
section-with-the-person = Khi người được phỏng vấn có mặt

setup-unit = Đơn vị sàng lọc nào thực hiện buổi phỏng vấn này?
    .hint = Tên đơn vị như được in trên giấy chuyển tuyến.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.

setup-place = Buổi phỏng vấn diễn ra ở đâu?
    .hint = Cơ sở và phòng, ví dụ trung tâm tạm giữ và số phòng phỏng vấn.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.

setup-date = Buổi phỏng vấn diễn ra vào ngày nào?
    .hint = Ngày theo Công lịch; giao diện cũng hiển thị năm theo Phật lịch.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.

case-ref = Mã tham chiếu hồ sơ của buổi phỏng vấn này là gì?
    .hint = Mã bí danh lấy từ sổ đăng ký của đơn vị. Không bao giờ dùng tên hay số hộ chiếu.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.

privacy-overheard = Có ai liên quan đến chuyến đi hoặc công việc của người được phỏng vấn có thể nhìn thấy hoặc nghe lỏm buổi phỏng vấn này không?
    .hint = Kiểm tra những người bị tạm giữ cùng, cán bộ canh giữ quen biết người này, các phiên dịch viên khác và cửa đang mở. Nếu có hoặc không chắc: dừng lại và hẹn lại buổi khác.
    .interpreter = Báo ngay cho cán bộ nếu bạn biết hoặc nhận ra bất kỳ ai ở gần, dù chỉ quen mặt.

privacy-action = Cán bộ đã làm gì để xử lý nguy cơ về sự riêng tư?
    .hint = Chưa đưa người được phỏng vấn vào cho đến khi phòng đảm bảo riêng tư.
    .interpreter = Không giải thích lý do cho bất kỳ ai trong phòng.
privacy-action--moved-private-room = Đã chuyển sang phòng riêng và kiểm tra lại
privacy-action--rescheduled = Đã dừng; buổi phỏng vấn được hẹn lại

privacy-screen = Màn hình có được che khỏi tầm nhìn của mọi người, trừ cán bộ và phiên dịch viên không?
    .hint = Xoay máy tính để những người bị tạm giữ cùng và nhân viên đi ngang qua không đọc được.
    .interpreter = Nếu bạn thấy có người đang đọc màn hình, hãy báo cho cán bộ.

interpreter-present = Có phiên dịch viên tham gia buổi phỏng vấn này không?
    .hint = Chỉ trả lời không nếu cán bộ và người được phỏng vấn cùng nói thạo một ngôn ngữ.
    .interpreter = Chưa có gì cần phiên dịch.

interpreter-id = Mã số của phiên dịch viên là gì?
    .hint = Số thẻ hoặc số đăng ký, không phải tên.
    .interpreter = Cho biết mã số của bạn trong sổ đăng ký phiên dịch viên.

interpreter-language = Phiên dịch viên sẽ dùng ngôn ngữ hoặc phương ngữ nào với người được phỏng vấn?
    .hint = Mã ISO 639-3 và tên, ví dụ shn tiếng Shan hoặc kjp tiếng Karen Pwo Đông.
    .interpreter = Nói rõ đúng phương ngữ bạn sẽ dùng, không chỉ ngôn ngữ quốc gia.

interpreter-gender = Giới tính của phiên dịch viên là gì?
    .interpreter = Trả lời về chính bạn.
interpreter-gender--female = Nữ
interpreter-gender--male = Nam
interpreter-gender--another = Giới tính khác

interpreter-affiliation = Phiên dịch viên làm việc cho ai?
    .interpreter = Trả lời về chính bạn; nói rõ nếu bạn làm cho nhiều nơi.
interpreter-affiliation--government = Một cơ quan nhà nước
interpreter-affiliation--ngo = Một tổ chức phi chính phủ
interpreter-affiliation--international-organisation = Một tổ chức quốc tế
interpreter-affiliation--private = Một công ty tư nhân hoặc tự làm
interpreter-affiliation--volunteer = Tình nguyện viên
interpreter-affiliation--other = Khác

interpreter-no-conflict = Phiên dịch viên có cam kết không có liên hệ gì với làng quê, người môi giới, chủ lao động hoặc những người bị tạm giữ cùng với người được phỏng vấn không?
    .hint = Nếu không hoặc không chắc, hãy tìm phiên dịch viên khác.
    .interpreter = Hãy nghĩ đến gia đình, hàng xóm và các công việc trước đây của bạn. Nói ra nếu bạn không chắc.

interpreter-confidentiality = Phiên dịch viên có hứa giữ bí mật mọi điều được nói ở đây không?
    .hint = Bao gồm tên, địa điểm và mọi điều người được phỏng vấn nói, trong và sau buổi phỏng vấn.
    .interpreter = Bạn không được kể lại bất cứ điều gì trong buổi phỏng vấn này với bất kỳ ai ở bên ngoài.

interviewee-language = Mã ISO 639-3 của ngôn ngữ mà người được phỏng vấn nói thạo nhất là gì?
    .hint = Mã ISO 639-3, ví dụ mya, shn, kjp, lao, khm, vie. Ghi und nếu không biết.
    .interpreter = Báo cho cán bộ ngôn ngữ mà bạn nghe thấy, kể cả khi khác với hồ sơ.

interviewee-dialect = Người được phỏng vấn nói phương ngữ hoặc tiếng địa phương nào?
    .hint = Ghi tự do, ví dụ tiếng Shan vùng Tachileik hoặc tiếng Rohingya. Để trống nếu không có.
    .interpreter = Chú ý nghe phương ngữ trong mấy phút đầu và sửa lại mục này nếu cần.

interviewer-gender-offered = Người được phỏng vấn có được đề nghị chọn người phỏng vấn theo giới tính mình muốn không?
    .hint = Hỏi trước mọi câu hỏi khác. Đề nghị cán bộ nữ và phiên dịch viên nữ cho mọi phụ nữ và trẻ em gái.
    .interpreter = Hỏi đơn giản xem người đó thấy thoải mái hơn với phụ nữ hay nam giới.

interviewer-gender-preference = Người được phỏng vấn muốn người phỏng vấn là nam hay nữ?
    .hint = Nếu hôm nay không đáp ứng được mong muốn này, hãy ghi lại và hẹn lại buổi khác nếu có thể.
    .interpreter = Chấp nhận câu trả lời đầu tiên; không ép hỏi thêm.
interviewer-gender-preference--female = Nữ
interviewer-gender-preference--male = Nam
interviewer-gender-preference--no-preference = Không có mong muốn riêng

interpreter-accepted = Bạn có đồng ý với phiên dịch viên này không? Bạn có thể xin người khác.
    .hint = Hỏi khi phiên dịch viên có mặt, rồi cho người được phỏng vấn một chút thời gian. Trả lời không thì không cần lý do.
    .interpreter = Dịch đúng từng chữ và trung lập; không khuyến khích trả lời có. Bạn có thể được thay mà không phải do lỗi của bạn.

interpreter-refused-action = Người được phỏng vấn đã từ chối phiên dịch viên. Bây giờ sẽ làm gì?
    .interpreter = Nếu được yêu cầu, hãy bình tĩnh rời khỏi phòng; không bàn về việc này với người được phỏng vấn.
interpreter-refused-action--other-interpreter = Một phiên dịch viên khác thay thế
interpreter-refused-action--rescheduled = Buổi phỏng vấn được hẹn lại
