### Hồ sơ: những thông tin tối thiểu về nhân thân và việc tạm giữ mà hồ sơ chuyển tuyến cần.

checklist-title = Thông tin về bạn

section-identity = Bạn là ai
section-languages = Ngôn ngữ
section-family = Gia đình và người phụ thuộc
section-documents = Giấy tờ
section-custody = Tạm giữ (cán bộ)

subject-name = Chúng tôi nên gọi bạn bằng tên gì? Bạn có thể tự chọn một cái tên.
    .hint = Tên hoặc bí danh. Một cái tên tự chọn là đủ cho hồ sơ chuyển tuyến.
    .interpreter = Nói rõ rằng dùng tên gọi ở nhà hay biệt danh cũng được. Kiểm tra cách viết với người đó; ghi đúng như họ nói.

birth-date = Ngày sinh của bạn là ngày nào, nếu bạn biết?

citizenship = Bạn là công dân của nước nào?
    .hint = Không quốc tịch nghĩa là không nước nào công nhận người đó là công dân. ISO 3166: MM, LA, KH, VN, TH.
    .interpreter = Hỏi về quốc tịch, không hỏi về dân tộc. Có người không có giấy tờ nhưng vẫn là công dân.
citizenship--myanmar = Myanmar
citizenship--laos = Lào
citizenship--cambodia = Campuchia
citizenship--vietnam = Việt Nam
citizenship--thailand = Thái Lan
citizenship--other-country = Một nước khác
citizenship--stateless = Không có nước nào (không quốc tịch)

citizenship-other = Nước nào khác?
    .hint = Mã hai chữ cái ISO 3166 và tên nước.
    .interpreter = Hỏi tên nước theo cách người đó gọi.

languages-spoken = Bạn nói được những tiếng nào, và bạn hiểu tiếng nào rõ nhất?
    .hint = Mã ISO 639-3 kèm tên, ví dụ mya tiếng Miến Điện, shn tiếng Shan.
    .interpreter = Tính cả tiếng địa phương và phương ngữ; có người không gọi đó là "ngôn ngữ".

reads-own-language = Bạn có đọc được chữ của tiếng mẹ đẻ không?
    .hint = Để quyết định có thể đưa thông tin bằng văn bản hay không.
    .interpreter = Hỏi trung lập; nhiều người không biết đọc, điều đó không sao cả.

has-dependants = Bạn có con hoặc những người khác sống nhờ vào bạn không?
    .interpreter = "Sống nhờ vào bạn" nghĩa là bạn chăm sóc họ hoặc gửi tiền cho họ; hãy giải thích bằng một ví dụ.

dependants-here = Có ai trong số họ đang ở đây với bạn, hoặc đang bị tạm giữ ở nơi khác trong nước này không?
    .hint = Nếu có, họ cũng cần được sàng lọc và chăm sóc.
    .interpreter = Hỏi bình tĩnh; người đó có thể sợ bị chia cắt.

accompanied-by-relative = Mẹ, bố hoặc một người lớn khác trong gia đình có ở đây với bạn không?
    .hint = Trả lời không nghĩa là trẻ không có người đi kèm: chuyển đến dịch vụ bảo vệ trẻ em.
    .interpreter = Hỏi nhẹ nhàng; trẻ có thể lo sợ cho người lớn đó hoặc cho chính mình.

documents-held = Hiện giờ bạn có những giấy tờ tùy thân nào?
    .hint = Giấy tờ người đó đang giữ hoặc cơ sở này đang giữ hộ.
    .interpreter = Nêu tên các loại giấy tờ thường gặp ở nước của người đó, ví dụ thẻ hồng hoặc giấy thông hành biên giới.
documents-held--passport = Hộ chiếu
documents-held--national-id = Thẻ căn cước hoặc chứng minh nhân dân
documents-held--work-permit = Giấy phép lao động hoặc thẻ hồng
documents-held--border-pass = Giấy thông hành biên giới
documents-held--birth-certificate = Giấy khai sinh
documents-held--other = Giấy tờ khác
documents-held--none = Không có

detention-start = Việc tạm giữ này bắt đầu từ khi nào?
    .hint = Lấy từ hồ sơ tạm giữ.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.

holding-deadline = Người này có thể bị tạm giữ để nhận dạng đến khi nào?
    .hint = Lấy từ hồ sơ tạm giữ: 24 giờ, tòa án có thể gia hạn đến 7 ngày (Luật Chống buôn người, điều 29).
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.

charges-linked = Người này có bị buộc tội về một hành vi liên quan đến việc bị bóc lột không?
    .hint = Ví dụ vi phạm về xuất nhập cảnh, hoặc tội mà người đó bị ép phải làm. Quan trọng cho nguyên tắc không trừng phạt.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.
