### Sự đồng ý: giải thích từng điểm trước (xem phần gợi ý), rồi mới hỏi.

checklist-title = Sự đồng ý

section-explained = Những điều chúng tôi đã giải thích
section-sharing = Chia sẻ thông tin để chuyển tuyến
section-guardian = Người giám hộ hoặc nhân viên xã hội

consent-research = Chúng tôi có thể dùng các câu trả lời của bạn, không kèm tên hay bất cứ điều gì cho biết bạn là ai, để thống kê và nghiên cứu không?

consent-access = Bạn có hiểu rằng bạn có thể xin xem những gì chúng tôi đã ghi về bạn không?
    .hint = Giải thích cách xin: qua đơn vị, nhà tạm lánh hoặc tổ chức phi chính phủ nhận hồ sơ chuyển tuyến.
    .interpreter = Nói rõ cần hỏi ai, bằng lời đơn giản.

consent-retention = Bạn có hiểu chúng tôi giữ câu trả lời của bạn trong bao lâu, và sau đó chúng sẽ bị hủy không?
    .hint = Cho biết thời hạn lưu giữ của đơn vị, ví dụ 12 tháng.
    .interpreter = Nói thời hạn bằng số tháng; tránh dùng từ "lưu giữ hồ sơ".

consent-withdraw = Bạn có hiểu rằng sau này bạn có thể rút lại sự đồng ý, và biết cách làm không?
    .hint = Giải thích trước: báo cho cán bộ, nhà tạm lánh hoặc tổ chức phi chính phủ; những gì chưa chia sẻ sẽ không được chia sẻ.
    .interpreter = Nói rõ rằng việc rút lại sẽ không gây bất lợi gì cho người đó.

consent-legal-rights = Bạn có hiểu rằng bạn có thể có quyền được trợ giúp pháp lý và được bồi thường không?
    .hint = Luật Chống buôn người của Thái Lan, điều 34: người đó phải được thông báo về các quyền này.
    .interpreter = Nói "có thể có"; không hứa tiền hay một kết quả nào.

consent-share-with = Chúng tôi có thể gửi thông tin của bạn đến những loại tổ chức nào để họ giúp bạn?
    .hint = Đọc to từng loại và chỉ đánh dấu những loại người đó đồng ý. Không chọn loại nào cũng là câu trả lời hợp lệ.
    .interpreter = Giải thích từng loại bằng lời đơn giản: nhà tạm lánh là nơi ở an toàn; cơ quan bảo trợ xã hội là các nhân viên xã hội của nhà nước.
consent-share-with--shelter = Nhà tạm lánh (nơi ở an toàn)
consent-share-with--medical = Bác sĩ và dịch vụ y tế
consent-share-with--legal-aid = Luật sư hoặc trợ giúp pháp lý
consent-share-with--social-welfare = Nhân viên xã hội của nhà nước
consent-share-with--ngo = Một tổ chức phi chính phủ giúp đỡ những người như bạn

consent-police = Chúng tôi có thể chia sẻ thông tin của bạn với cả cảnh sát, để họ điều tra những gì đã xảy ra với bạn không?
    .hint = Một lựa chọn riêng. Trả lời không cũng không làm thay đổi sự giúp đỡ nào đã được đưa ra.
    .interpreter = Nói rõ rằng từ chối với cảnh sát không làm giảm sự giúp đỡ nào. Không khuyến khích câu trả lời nào.

consent-narrative = Chúng tôi có thể gửi một bản tóm tắt ngắn những gì bạn đã kể, để bạn không phải kể lại không?

consent-restrictions = Có ai không được biết về bạn hoặc không được liên lạc, hay có điều gì chúng tôi không được chia sẻ không?
    .hint = Ví dụ gia đình, đại sứ quán, chủ lao động, hoặc chi tiết của buổi phỏng vấn. Ghi không có nếu không có.
    .interpreter = Cho người đó thời gian; người ta thường nhớ ra ai đó sau một lúc im lặng. Tên được nói ở đây được giữ bí mật.

consent-guardian = Cha mẹ, người giám hộ hoặc nhân viên xã hội đã đồng ý cho buổi phỏng vấn này và việc chuyển tuyến chưa?
    .hint = Cần cho mọi trường hợp có thể là trẻ em, ngoài sự chấp thuận của chính em.
    .interpreter = Nếu người giám hộ có mặt, hãy dịch cho cả họ, và để trẻ nói trước.

consent-guardian-role = Ai đã đưa ra sự đồng ý đó?
    .hint = Không bao giờ là người có liên quan đến việc tuyển mộ hoặc công việc.
    .interpreter = Đề nghị người lớn nói rõ quan hệ của họ với trẻ.
consent-guardian-role--parent = Cha hoặc mẹ
consent-guardian-role--relative = Một người thân khác đã trưởng thành
consent-guardian-role--legal-guardian = Người giám hộ hợp pháp
consent-guardian-role--social-worker = Nhân viên xã hội
