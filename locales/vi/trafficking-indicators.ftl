### Dấu hiệu mua bán người. Câu hỏi ngắn, trung lập; không bao giờ hỏi chi tiết về bạo lực tình dục.

checklist-title = Dấu hiệu mua bán người

section-the-work = Công việc
section-promises = Những gì bạn được hứa
section-before = Trước khi bạn đến nơi làm việc
section-journey = Việc tuyển mộ và chuyến đi
section-work-living = Điều kiện làm việc và sinh sống
section-control = Sự khống chế ở nơi làm việc
section-situation = Hoàn cảnh của bạn ở đó
section-child = Dành cho trẻ em

work-industry = Ở đó bạn đã làm loại công việc gì, hoặc bị bắt làm việc gì?
work-industry--agriculture = Làm ruộng hoặc đồn điền
work-industry--fishing = Đánh cá hoặc làm việc trên tàu
work-industry--mining = Khai thác mỏ hoặc đá
work-industry--manufacturing = Làm việc trong nhà máy hoặc chế biến
work-industry--construction = Xây dựng
work-industry--trade = Bán hàng ở cửa hàng, chợ hoặc bán rong
work-industry--transport = Vận tải hoặc kho hàng
work-industry--hospitality = Nhà hàng hoặc khách sạn
work-industry--entertainment = Quán bar, karaoke, massage hoặc công việc giải trí
work-industry--domestic-work = Việc nhà hoặc chăm sóc trong gia đình
work-industry--scam-compound = Làm việc trực tuyến hoặc qua điện thoại trong một khu khép kín (trung tâm lừa đảo)
work-industry--begging = Ăn xin
work-industry--other = Công việc khác

work-place = Bạn đã làm việc ở nước nào, tỉnh hoặc thị trấn nào?
    .hint = Nước và tỉnh hoặc thị trấn; không cần địa chỉ.
    .interpreter = Tên địa danh có thể khác nhau giữa các ngôn ngữ; ghi tên đúng như người đó nói và hỏi tên một thị trấn gần đó.

work-months = Bạn đã làm việc ở đó khoảng bao nhiêu tháng?
    .hint = Ước tính cũng được.
    .interpreter = Nếu cần, giúp người đó đếm theo mùa, mùa thu hoạch hoặc các dịp lễ hội.

recruiter-relation = Ai là người đầu tiên đưa ra lời mời làm công việc này hoặc đi chuyến đi này?
    .hint = Chỉ cần mối quan hệ; không cần tên.
    .interpreter = Chỉ hỏi về mối quan hệ; nói rõ rằng không cần tên.
recruiter-relation--relative = Một người thân
recruiter-relation--partner = Người yêu, vợ chồng hoặc người đã hứa cưới
recruiter-relation--friend-neighbour = Một người bạn hoặc hàng xóm
recruiter-relation--broker = Một người môi giới hoặc đại lý
recruiter-relation--employer = Chính chủ lao động
recruiter-relation--online = Một người trên mạng hoặc mạng xã hội
recruiter-relation--stranger = Một người lạ
recruiter-relation--nobody = Không ai cả: tôi tự đi
recruiter-relation--other = Một người khác

exploitation-type = Cán bộ: từ những gì người này đã kể, những hình thức bóc lột nào có thể áp dụng?
exploitation-type--forced-labour = Lao động cưỡng bức
exploitation-type--sexual-exploitation = Bóc lột tình dục
exploitation-type--child-labour = Lao động trẻ em
exploitation-type--forced-marriage = Cưỡng ép kết hôn
exploitation-type--servitude = Nô lệ giúp việc hoặc hình thức nô lệ khác
exploitation-type--forced-begging = Cưỡng ép ăn xin
exploitation-type--forced-criminality = Cưỡng ép phạm tội, kể cả trong các khu lừa đảo
exploitation-type--organ-removal = Lấy nội tạng
exploitation-type--other = Hình thức khác

promised-differed = Trước khi bắt đầu, những điều nào bạn được nói mà sau đó hóa ra không đúng?
promised-differed--job = Loại công việc, nơi làm hoặc chủ lao động
promised-differed--pay = Tiền lương
promised-differed--conditions = Giờ làm, ngày nghỉ hoặc điều kiện làm việc
promised-differed--contract = Hợp đồng, hoặc việc công việc là hợp pháp
promised-differed--housing = Nơi ở và cách sống
promised-differed--papers = Giấy tờ, thị thực hoặc giấy phép lao động
promised-differed--journey = Chuyến đi hoặc chi phí chuyến đi
promised-differed--family-reunion = Được gặp hoặc đưa gia đình sang
promised-differed--marriage = Kết hôn hoặc nhận con nuôi
promised-differed--school = Được đi học hoặc đào tạo

before-situation = Trước khi bạn ra đi, những điều nào sau đây là đúng với bạn?
before-situation--money-needed = Bạn hoặc gia đình bạn cần tiền
before-situation--no-papers = Bạn không có hộ chiếu, thị thực hoặc giấy phép lao động
before-situation--little-schooling = Bạn ít được đi học, hoặc không nói được ngôn ngữ ở đó
before-situation--family-problems = Ở nhà có những vấn đề nghiêm trọng
before-situation--conflict-or-disaster = Nơi bạn sống có giao tranh, thiên tai hoặc nguy hiểm

recruitment-used = Trước khi bạn đến nơi làm việc, người tuyển dụng hoặc đưa bạn đi có lợi dụng hoàn cảnh của bạn để ép bạn đi hoặc nhận công việc không?

recruitment-used-what = Họ đã lợi dụng điều gì để ép bạn?
recruitment-used-what--economic-reasons = Việc bạn hoặc gia đình bạn cần tiền
recruitment-used-what--family-situation = Việc gia đình phụ thuộc vào bạn
recruitment-used-what--difficult-family-situation = Những vấn đề trong gia đình bạn
recruitment-used-what--personal-situation = Hoàn cảnh riêng của bạn, như bệnh tật, khuyết tật hoặc sống một mình
recruitment-used-what--past-difficulties = Một điều tồi tệ đã xảy ra với bạn trước đây, như bạo lực hoặc xâm hại tình dục
recruitment-used-what--education-or-language = Việc bạn ít được đi học hoặc không biết ngôn ngữ
recruitment-used-what--information = Việc bạn không biết về công việc hoặc về đất nước đó
recruitment-used-what--success-stories = Những câu chuyện không có thật về người đi nước ngoài thành công
recruitment-used-what--law-and-authorities = Những điều không đúng về pháp luật hoặc cảnh sát
recruitment-used-what--illegal-status = Việc bạn không có giấy tờ
recruitment-used-what--authorities = Những rắc rối của bạn với cảnh sát hoặc cán bộ
recruitment-used-what--dependency = Lòng tin của bạn với họ, hoặc tình cảm của bạn với họ
recruitment-used-what--control = Quyền lực họ có đối với bạn hoặc gia đình bạn
recruitment-used-what--travel = Việc bạn không tự lo được chuyến đi
recruitment-used-what--beliefs = Niềm tin hoặc tôn giáo của bạn
recruitment-used-what--general-context = Giao tranh, thiên tai hoặc nguy hiểm ở quê nhà

journey-forced = Trước khi bạn đến nơi làm việc, những điều nào sau đây đã xảy ra để ép bạn đi hoặc tiếp tục đi?
journey-forced--hurt-you = Có người làm hại bạn, kể cả về tình dục
journey-forced--threatened-you = Có người đe dọa làm hại bạn
journey-forced--family = Có người làm hại gia đình bạn hoặc đe dọa sẽ làm vậy
journey-forced--taken-or-sold = Bạn bị đưa đi trái ý muốn, bị bán, hoặc bị ép kết hôn
journey-forced--threatened-to-report = Có người đe dọa báo bạn với cảnh sát hoặc cơ quan xuất nhập cảnh
journey-forced--threatened-to-tell = Có người đe dọa kể với gia đình hoặc cộng đồng của bạn điều gì đó về bạn
journey-forced--money-kept = Có người giữ tiền của bạn

documents-taken-by = Ai đã lấy hoặc giữ giấy tờ của bạn?
documents-taken-by--recruiter-broker = Người tuyển dụng, người môi giới hoặc người đưa bạn đi
documents-taken-by--employer = Chủ lao động, người quản lý hoặc thuyền trưởng
documents-taken-by--officials = Cảnh sát hoặc cán bộ ở nơi khác
documents-taken-by--other = Người khác

debt-used = Món nợ đó như thế nào?
debt-used--tied-before-work = Trước khi bạn đến nơi làm việc, món nợ ràng buộc bạn với người đưa bạn đi
debt-used--kept-working = Ở nơi làm việc, bạn phải tiếp tục làm, hoặc không được rời đi, cho đến khi trả hết nợ

confined-when = Bạn bị nhốt, bị canh giữ hoặc bị ngăn không cho rời đi khi nào?
confined-when--on-the-way = Trên đường đi, trước khi đến nơi làm việc
confined-when--at-work = Ở nơi làm việc

work-hours-excessive = Hầu hết các ngày, bạn có làm việc hơn mười hai giờ, hoặc làm liền một tuần trở lên không có ngày nghỉ không?

pay-what = Chuyện gì đã xảy ra với tiền lương của bạn?
pay-what--far-below = Ít hơn nhiều so với lời hứa hoặc so với người khác, hoặc không có gì
pay-what--cut = Bị trừ tiền phạt, tiền ăn, tiền ở hoặc tiền nợ mà bạn không đồng ý
pay-what--held-back = Chủ lao động giữ lại, hoặc chỉ trả vào cuối

work-conditions = Ở nơi làm việc, những điều nào sau đây là đúng?
work-conditions--living-bad = Chỗ ngủ chật chội, bẩn hoặc không an toàn, hoặc không đủ đồ ăn, nước uống
work-conditions--conditions-bad = Công việc khắc nghiệt hơn bình thường rất nhiều: không được nghỉ, bị chửi mắng, bị phạt
work-conditions--dangerous = Công việc nguy hiểm, không có đồ bảo hộ
work-conditions--rules-broken = Thỏa thuận hoặc luật lao động không được tôn trọng
work-conditions--no-protection = Bạn không có bảo hiểm, không được chăm sóc y tế và không có ngày nghỉ ốm
work-conditions--no-school = Trẻ em không được đi học

control-harm = Ở nơi làm việc, những điều nào sau đây đã xảy ra?
control-harm--hurt-you = Có người làm hại bạn, kể cả về tình dục
control-harm--threatened-you = Có người đe dọa làm hại bạn
control-harm--family = Có người làm hại gia đình bạn hoặc đe dọa sẽ làm vậy
control-harm--threatened-to-report = Có người đe dọa báo bạn với cảnh sát hoặc cơ quan xuất nhập cảnh
control-harm--threatened-worse = Có người đe dọa bắt bạn làm việc hoặc sống trong điều kiện tệ hơn
control-harm--threatened-to-tell = Có người đe dọa kể với gia đình hoặc cộng đồng của bạn điều gì đó về bạn

control-forced = Bạn đã bị ép làm những gì?
control-forced--crimes = Phạm pháp, ví dụ lừa đảo người khác trên mạng hoặc mang ma túy
control-forced--tasks-or-clients = Làm những việc hoặc tiếp những khách mà bạn đã từ chối, kể cả quan hệ tình dục với khách
control-forced--lie = Nói dối cảnh sát, cán bộ hoặc gia đình bạn
control-forced--against-others = Làm hại, canh giữ hoặc lừa những người lao động khác

control-influence = Ở nơi làm việc, có ai khống chế bạn mạnh đến mức, qua ma túy hoặc rượu, nỗi sợ, một mối quan hệ hoặc niềm tin, bạn cảm thấy phải nghe theo không?

there-situation = Ở nơi làm việc, những điều nào sau đây là đúng với bạn?
there-situation--needed-money = Bạn cần tiền
there-situation--feared-police = Bạn sợ cảnh sát
there-situation--unknown-place = Bạn không biết nơi đó hoặc ngôn ngữ ở đó
there-situation--family-reasons = Gia đình cần bạn ở lại
there-situation--depended-on-employer = Chủ lao động cho bạn đồ ăn hoặc chỗ ngủ

there-used = Ở nơi làm việc, chủ lao động hoặc bất kỳ ai khống chế bạn có lợi dụng hoàn cảnh của bạn để bắt bạn tiếp tục làm hoặc ngăn bạn rời đi không?

there-used-what = Họ đã lợi dụng điều gì để ép bạn?
there-used-what--dependency = Việc bạn phụ thuộc vào họ về đồ ăn, chỗ ở hoặc giấy tờ
there-used-what--unknown-area = Việc bạn không biết nơi đó hoặc ngôn ngữ ở đó
there-used-what--economic-reasons = Việc bạn cần tiền
there-used-what--family-situation = Hoàn cảnh gia đình bạn
there-used-what--authorities = Việc bạn không có giấy tờ hoặc sợ cảnh sát
there-used-what--past-difficulties = Một điều tồi tệ đã xảy ra với bạn trước đây
there-used-what--personal = Con người bạn, như tuổi tác, giới tính, dân tộc, hoặc vì bạn yêu ai

child-age-started = Khi bắt đầu làm công việc này, bạn bao nhiêu tuổi?
    .hint = Ước tính cũng được.
    .interpreter = Dùng từ ngữ đơn giản mà trẻ hiểu được; trẻ có thể tính theo lớp học.

child-school-before = Trước khi rời nhà, bạn có đang đi học không?
    .interpreter = Hỏi thân thiện; đây là câu hỏi an toàn để tạo lòng tin.

child-family-knew = Cha mẹ bạn, hoặc những người lớn chăm sóc bạn, có biết bạn đi đâu không?
    .interpreter = Hỏi mà không đổ lỗi cho cha mẹ.

child-travelled-with = Bạn đã đi cùng với ai?
    .interpreter = Chỉ cần nói vai trò; không cần tên.
child-travelled-with--parent = Cha hoặc mẹ
child-travelled-with--relative = Một người thân khác
child-travelled-with--recruiter = Người đã tìm việc cho bạn
child-travelled-with--other-adult = Một người lớn khác
child-travelled-with--other-children = Chỉ có những trẻ em khác
child-travelled-with--alone = Đi một mình
