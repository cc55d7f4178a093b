### Nhu cầu khẩn cấp: màn hình tiếp xúc đầu tiên. Chỉ hỏi có hay không và khi nào, không bao giờ hỏi chuyện gì đã xảy ra.

checklist-title = Nhu cầu khẩn cấp

section-wellbeing = Ngay lúc này
section-health = Sức khỏe
section-safety = An toàn
section-help = Giúp đỡ
section-custody = Tạm giữ (cán bộ)

needs-now = Bạn có cần nước uống, đồ ăn, đi vệ sinh hay nghỉ một chút trước khi chúng ta tiếp tục không?
    .hint = Đáp ứng nhu cầu trước; buổi phỏng vấn có thể chờ.
    .interpreter = Nói câu này trước tiên, với giọng ấm áp, trước mọi điều khác. Câu này cho người đó biết họ được phép xin những thứ mình cần.

possible-child = Bạn có dưới 18 tuổi không?
    .hint = Trả lời có nếu người đó nói vậy hoặc trông dưới 18 tuổi; không chắc nếu có bất kỳ ai không chắc. Đối xử như trẻ em cho đến khi xác minh được tuổi.
    .interpreter = Nhiều người không biết chính xác tuổi của mình. Chấp nhận câu trả lời "tôi không biết" và không tranh cãi về giấy tờ.

injury-illness = Bạn có bị thương hay bị ốm không, hoặc bạn có cần gặp bác sĩ hay cần thuốc ngay bây giờ không?
    .hint = Bao gồm đau, sốt, vết thương và bệnh đang nặng thêm.
    .interpreter = Dùng từ ngữ hằng ngày để nói về đau và bệnh. Người đó có thể chỉ vào chỗ đau; như vậy là đủ.

withdrawal = Bạn có thấy khó chịu trong người vì không có rượu, ma túy hoặc loại thuốc bạn vẫn thường dùng không?
    .hint = Dấu hiệu hội chứng cai cần được chuyển đến cơ sở y tế.
    .interpreter = Hỏi mà không phán xét; nói rằng nhiều người cũng gặp tình trạng này và đây là chuyện sức khỏe.

pregnant = Bạn có đang mang thai, hoặc có thể đang mang thai không?
    .hint = Hỏi mọi phụ nữ và trẻ em gái. Với nam giới, ghi không mà không cần hỏi.
    .interpreter = Dùng từ tôn trọng, quen thuộc hằng ngày để nói về mang thai. Nếu người đó muốn, một phiên dịch viên nữ có thể hỏi câu này.

pregnancy-weeks = Theo bạn biết, bạn mang thai được bao nhiêu tuần hoặc bao nhiêu tháng rồi?
    .hint = Ghi số tuần; nhân số tháng với bốn rưỡi. Không chắc cũng được.
    .interpreter = Nhiều người tính theo tháng hoặc theo mùa; giúp quy đổi nhưng không ép phải thật chính xác.

recent-birth = Trong sáu tuần qua bạn có sinh con không, hoặc bạn có đang cho con bú không?
    .hint = Hỏi mọi phụ nữ và trẻ em gái.
    .interpreter = Hỏi nhẹ nhàng; nếu em bé không ở cùng mẹ, lúc này đừng hỏi vì sao. Hãy báo cho cán bộ.

threat-in-facility = Ở nơi này có ai liên quan đến những người đã đưa bạn đi hoặc bắt bạn làm việc không?
    .hint = Bao gồm người tuyển mộ, ông chủ, người môi giới hoặc người giúp việc cho họ, trong số người bị tạm giữ hoặc nhân viên. Nếu có: dừng lại nếu họ có thể nghe thấy.
    .interpreter = Nói nhỏ và giữ giọng trung lập. Người đó có thể chỉ tay thay vì nói tên.

threat-to-family = Có ai đã đe dọa bạn hoặc gia đình bạn vì bạn có thể nói chuyện với cơ quan chức năng không?
    .hint = Chỉ hỏi có hay không; ở đâu và ai thì hỏi sau.
    .interpreter = Nói "cơ quan chức năng" một cách trung lập; không ngụ ý rằng cảnh sát sẽ hành động.

self-harm-thoughts = Trong tháng vừa qua, bạn có từng nghĩ đến việc làm hại bản thân hoặc tự tử không?
    .hint = Nếu có hoặc không chắc: không để người đó ở một mình; chuyển ngay đến dịch vụ sức khỏe tâm thần.
    .interpreter = Hỏi thẳng; hỏi như vậy không làm nảy ra ý nghĩ đó trong đầu ai. Dùng đúng từ ngữ trực tiếp, không nói bóng gió.

self-harm-acts = Trong năm vừa qua, bạn có từng thử làm hại bản thân hoặc tự tử không?
    .hint = Nếu có: không để người đó ở một mình; chuyển ngay đến dịch vụ sức khỏe tâm thần.
    .interpreter = Giữ bình tĩnh dù câu trả lời là gì; không tỏ ra sửng sốt. Không hỏi đã làm thế nào.

sexual-violence = Từ khi bạn rời nhà, có ai đã ép bạn quan hệ tình dục hoặc làm những việc tình dục không?
    .hint = Chỉ hỏi có hay không. Không bao giờ hỏi chuyện gì đã xảy ra, ai làm hay làm thế nào.
    .interpreter = Dùng từ ngữ rõ ràng, tôn trọng đã thống nhất với cán bộ. Nếu người đó bắt đầu kể chi tiết, nhẹ nhàng nói rằng họ không cần phải kể.

sexual-violence-when = Lần gần đây nhất việc đó xảy ra là khi nào?
    .hint = Tính bằng giờ hoặc ngày nếu mới xảy ra. Mốc thời gian y tế: dự phòng HIV 72 giờ, tránh thai khẩn cấp 120 giờ, viêm gan B 3 tháng.
    .interpreter = Chỉ hỏi khi nào, lần gần đây nhất. Giúp người đó nhớ bằng các ngày trong tuần hoặc sự việc, ví dụ "trước hay sau khi bạn bị bắt".

asks-for-help = Bạn có muốn nhờ chúng tôi giúp đỡ hoặc bảo vệ không?
    .hint = Mọi yêu cầu giúp đỡ đều dẫn đến chuyển tuyến. Không hứa điều gì không thể làm được.
    .interpreter = Không hứa bất cứ điều gì thay cho cán bộ; dịch đúng những gì được đưa ra.

removal-before-screening = Có lịch trục xuất hoặc đưa về nước trước khi việc sàng lọc và chuyển tuyến hoàn tất không?
    .hint = Kiểm tra hồ sơ tạm giữ. Nếu có hoặc không chắc: báo ngay lên cấp trên.
    .interpreter = Chỉ dành cho cán bộ; không bàn về ngày trục xuất với người đó tại đây.
