### Chuẩn bị buổi phỏng vấn: cán bộ trả lời, phần lớn trước khi người được phỏng vấn vào phòng.

checklist-title = Chuẩn bị buổi phỏng vấn

section-session = Hồ sơ
section-privacy = Kiểm tra sự riêng tư
section-interpreter = Phiên dịch viên
section-with-the-person = Khi người được phỏng vấn có mặt

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

interpreter-no-conflict = Phiên dịch viên có cam kết không có liên hệ nào với làng, người môi giới, chủ lao động hay những người bị tạm giữ cùng với người này không?

interpreter-confidentiality = Phiên dịch viên có hứa giữ bí mật mọi điều được nói ở đây không?

interpreter-continue-reason = Cam kết của phiên dịch viên không phải là một câu "có" rõ ràng. Vì sao cuộc phỏng vấn vẫn tiếp tục với phiên dịch viên này?

interviewee-dialect = Người này nói phương ngữ hay giọng địa phương nào?

consent-interview = Bạn đã nghe cuộc phỏng vấn này để làm gì, câu trả lời của bạn sẽ được dùng ra sao, và bạn có thể bỏ qua bất kỳ câu hỏi nào hoặc dừng lại bất cứ lúc nào. Bạn có đồng ý tiếp tục không?

interpreter-accepted = Bạn có đồng ý với phiên dịch viên này không? Bạn có thể xin người khác.
    .hint = Hỏi khi phiên dịch viên có mặt, rồi cho người được phỏng vấn một chút thời gian. Trả lời không thì không cần lý do.
    .interpreter = Dịch đúng từng chữ và trung lập; không khuyến khích trả lời có. Bạn có thể được thay mà không phải do lỗi của bạn.

interpreter-refused-action = Người được phỏng vấn đã từ chối phiên dịch viên. Bây giờ sẽ làm gì?
    .interpreter = Nếu được yêu cầu, hãy bình tĩnh rời khỏi phòng; không bàn về việc này với người được phỏng vấn.
interpreter-refused-action--other-interpreter = Một phiên dịch viên khác thay thế
interpreter-refused-action--rescheduled = Buổi phỏng vấn được hẹn lại

interviewer-gender-preference = Bạn sẽ cảm thấy thoải mái hơn khi nói chuyện với phụ nữ hay với nam giới?
interviewer-gender-preference--female = Nữ
interviewer-gender-preference--male = Nam
interviewer-gender-preference--no-preference = Không có mong muốn riêng
