### Đánh giá: nhận định của cán bộ. Kết quả ghi "chuyển tuyến", không bao giờ ghi "là nạn nhân".

checklist-title = Đánh giá

section-judgement = Nhận định của bạn
section-summary = Tóm tắt cho việc chuyển tuyến
section-referral = Chuyển tuyến

officer-judgement = Theo nhận định của riêng bạn, các dấu hiệu mua bán người rõ ràng đến mức nào?
    .hint = Ý kiến của bạn dựa trên toàn bộ buổi phỏng vấn, trước khi xem kết quả của quy tắc tính tự động.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.
officer-judgement--clear = Có dấu hiệu rõ ràng
officer-judgement--some = Có một số dấu hiệu
officer-judgement--none = Không thấy dấu hiệu nào

narrative-summary = Viết bản tóm tắt ngắn mà người này đồng ý gửi.

assessment-services = Bạn đề nghị những dịch vụ nào cho người này?
    .hint = Chỉ những dịch vụ mà người đó đã đồng ý trong phần đồng ý.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.
assessment-services--shelter = Nhà tạm lánh
assessment-services--medical = Chăm sóc y tế
assessment-services--mental-health = Hỗ trợ sức khỏe tâm thần
assessment-services--legal-aid = Trợ giúp pháp lý
assessment-services--social-welfare = Bảo trợ xã hội
assessment-services--child-protection = Bảo vệ trẻ em
assessment-services--family-tracing = Tìm kiếm gia đình
assessment-services--safe-return = Hồi hương an toàn và tái hòa nhập
assessment-services--asylum = Bảo vệ người tị nạn

assessment-urgency = Việc chuyển tuyến khẩn cấp đến mức nào?
    .hint = Khẩn cấp: trong vài ngày. Gấp: trong vài tuần. Bình thường: theo thủ tục thông thường.
    .interpreter = Chỉ dành cho cán bộ; không cần phiên dịch.
assessment-urgency--emergency = Khẩn cấp (vài ngày)
assessment-urgency--urgent = Gấp (vài tuần)
assessment-urgency--normal = Bình thường
