### Nhu cầu khẩn cấp: màn hình tiếp xúc đầu tiên. Chỉ hỏi có hay không và khi nào, không bao giờ hỏi chuyện gì đã xảy ra.

checklist-title = Nhu cầu khẩn cấp

section-age = Tuổi
section-health = Sức khỏe
section-safety = An toàn
section-help = Giúp đỡ
section-custody = Tạm giữ (cán bộ)

age-years = Bạn bao nhiêu tuổi?
    .hint = Nếu người đó không biết, hãy ước tính và ghi cách xác định ở mục bên dưới.
    .interpreter = Mỗi nơi có thể tính tuổi khác nhau, ví dụ tính từ đầu năm mới hoặc theo âm lịch. Hỏi năm sinh nếu điều đó giúp ích.

age-basis = Tuổi này được xác định như thế nào?
age-basis--document = Đã xem giấy tờ
age-basis--own-statement = Lời khai của chính người đó
age-basis--officer-estimate = Cán bộ ước tính
age-basis--family-or-other = Người thân hoặc người quen biết người đó
age-basis--professional-assessment = Đánh giá tuổi chuyên môn

possible-child = Cán bộ: người này có thể dưới 18 tuổi không?

sex-gender = Cán bộ: giới tính của người này
sex-gender--female = Phụ nữ hoặc trẻ em gái
sex-gender--male = Nam giới hoặc trẻ em trai
sex-gender--transgender-non-conforming = Người chuyển giới hoặc giới tính khác

injury-illness = Bạn có bị thương hay bị ốm không, hoặc bạn có cần gặp bác sĩ hay cần thuốc ngay bây giờ không?
    .hint = Bao gồm đau, sốt, vết thương và bệnh đang nặng thêm.
    .interpreter = Dùng từ ngữ hằng ngày để nói về đau và bệnh. Người đó có thể chỉ vào chỗ đau; như vậy là đủ.

withdrawal = Bạn có thấy khó chịu trong người vì không có rượu, ma túy hoặc loại thuốc bạn vẫn thường dùng không?
    .hint = Dấu hiệu hội chứng cai cần được chuyển đến cơ sở y tế.
    .interpreter = Hỏi mà không phán xét; nói rằng nhiều người cũng gặp tình trạng này và đây là chuyện sức khỏe.

pregnancy = Bạn có đang mang thai hoặc có thể mang thai, đã sinh con trong sáu tuần qua, hoặc đang cho con bú không?
pregnancy--pregnant = Đang mang thai, hoặc có thể
pregnancy--recent-birth = Đã sinh con trong sáu tuần qua
pregnancy--breastfeeding = Đang cho con bú

pregnancy-weeks = Theo bạn biết, bạn mang thai được bao nhiêu tuần hoặc bao nhiêu tháng rồi?
    .hint = Ghi số tuần; nhân số tháng với bốn rưỡi. Không chắc cũng được.
    .interpreter = Nhiều người tính theo tháng hoặc theo mùa; giúp quy đổi nhưng không ép phải thật chính xác.

self-harm-thoughts = Trong tháng vừa qua, bạn có từng nghĩ đến việc làm hại bản thân hoặc tự tử không?
    .hint = Nếu có hoặc không chắc: không để người đó ở một mình; chuyển ngay đến dịch vụ sức khỏe tâm thần.
    .interpreter = Hỏi thẳng; hỏi như vậy không làm nảy ra ý nghĩ đó trong đầu ai. Dùng đúng từ ngữ trực tiếp, không nói bóng gió.

self-harm-acts = Trong năm qua, bạn có từng cố làm hại bản thân hoặc tự tử không?

sexual-violence = Từ khi bạn rời nhà, có ai ép bạn quan hệ tình dục hoặc làm các hành vi tình dục không?

sexual-violence-when = Lần gần nhất việc đó xảy ra là khi nào?

threat-in-facility = Ở nơi này có ai liên quan đến những người đã đưa bạn đi hoặc bắt bạn làm việc không?
    .hint = Bao gồm người tuyển mộ, ông chủ, người môi giới hoặc người giúp việc cho họ, trong số người bị tạm giữ hoặc nhân viên. Nếu có: dừng lại nếu họ có thể nghe thấy.
    .interpreter = Nói nhỏ và giữ giọng trung lập. Người đó có thể chỉ tay thay vì nói tên.

threat-to-family = Có ai đã làm hại gia đình bạn, hoặc đe dọa làm hại họ hay bạn, để khống chế bạn hoặc để ngăn bạn nói chuyện với cán bộ không?

asks-for-help = Bạn có muốn nhờ chúng tôi giúp đỡ hoặc bảo vệ không?
    .hint = Mọi yêu cầu giúp đỡ đều dẫn đến chuyển tuyến. Không hứa điều gì không thể làm được.
    .interpreter = Không hứa bất cứ điều gì thay cho cán bộ; dịch đúng những gì được đưa ra.

removal-date = Ngày trục xuất dự kiến là ngày nào, nếu đã có?

removal-before-screening = Có lịch trục xuất hoặc đưa về nước trước khi việc sàng lọc và chuyển tuyến hoàn tất không?
    .hint = Kiểm tra hồ sơ tạm giữ. Nếu có hoặc không chắc: báo ngay lên cấp trên.
    .interpreter = Chỉ dành cho cán bộ; không bàn về ngày trục xuất với người đó tại đây.
