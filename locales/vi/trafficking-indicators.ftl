### Dấu hiệu mua bán người. Câu hỏi ngắn, trung lập; không bao giờ hỏi chi tiết về bạo lực tình dục.

checklist-title = Dấu hiệu mua bán người

section-the-work = Công việc
section-before-leaving = Cuộc sống trước khi bạn đi
section-promises = Những gì bạn được hứa
section-journey = Việc tuyển mộ và chuyến đi
section-work-living = Điều kiện làm việc và sinh sống
section-work-type = Về loại công việc này
section-child = Dành cho trẻ em
section-control = Sự kiểm soát
section-situation = Hoàn cảnh của bạn ở đó
section-now = Hiện nay

exploitation-type = Ở đó bạn đã làm công việc gì, hoặc bị bắt làm công việc gì?
    .hint = Chọn dịch vụ tình dục nếu người đó phải cung cấp dịch vụ tình dục, dù nơi đó được gọi là gì.
    .interpreter = Hỏi về công việc bằng từ ngữ hằng ngày. Không dùng từ "mua bán người" hay "bóc lột".
exploitation-type--agriculture = Làm ruộng, làm nông trại hoặc đồn điền
exploitation-type--construction = Xây dựng
exploitation-type--factory = Làm trong nhà máy hoặc xưởng chế biến
exploitation-type--fishing = Đánh cá hoặc làm việc trên tàu thuyền
exploitation-type--domestic-work = Giúp việc nhà hoặc chăm sóc người trong nhà riêng
exploitation-type--scam-compound = Làm việc qua mạng hoặc điện thoại trong một khu khép kín (trung tâm lừa đảo)
exploitation-type--hospitality = Làm ở nhà hàng, khách sạn, quán bar hoặc karaoke
exploitation-type--begging = Ăn xin hoặc bán hàng rong
exploitation-type--sexual = Bán dâm hoặc dịch vụ tình dục
exploitation-type--other = Công việc khác

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

before-money-needed = Bạn rời nhà có phải chủ yếu vì bạn hoặc gia đình bạn cần tiền không?
    .interpreter = Hỏi như một chuyện bình thường trong cuộc sống; nhiều người đi xa để làm việc.

before-family-depends = Gia đình bạn có trông vào bạn để được nuôi sống không?
    .hint = Ví dụ gửi tiền về nhà, hoặc chăm sóc cha mẹ hay con cái.
    .interpreter = "Nuôi sống" nghĩa là tiền bạc hoặc chăm sóc; đưa ra một ví dụ bằng tiếng của người đó.

before-family-problems = Khi bạn đi, ở nhà có chuyện gì nghiêm trọng không, như bạo lực, bệnh tật hay có người mất?
    .interpreter = Chỉ hỏi có hay không; không hỏi chuyện gì đã xảy ra ở nhà.

before-personal-hardship = Lúc đó cuộc sống của chính bạn có rất khó khăn không, ví dụ không có nhà, không có việc làm hoặc sức khỏe kém?
    .interpreter = Hỏi về bản thân người đó, không phải gia đình; một ví dụ sẽ giúp ích.

before-past-harm = Trước khi đi, bạn đã từng trải qua bị ngược đãi, bạo lực, chiến tranh hoặc một thời gian rất khó khăn khác chưa?
    .hint = Chỉ hỏi có hay không; không bao giờ hỏi chuyện gì đã xảy ra.
    .interpreter = Nói rõ rằng người đó không cần phải kể chuyện gì đã xảy ra.

before-schooling-language = Bạn có ít được đi học, hoặc không nói được tiếng của nơi bạn đến không?
    .interpreter = Hỏi sao cho người đó không ngại; chuyện này rất thường gặp và không phải lỗi của người đó.

before-little-information = Trước khi đi, bạn có biết rất ít về công việc, nơi đến hoặc quyền của bạn ở đó không?
    .interpreter = Từ "quyền" có thể xa lạ; hãy nói "những gì người lao động được phép ở đó".

before-success-stories = Bạn có được kể rằng những người khác đã đi và làm ăn khá, rồi hóa ra không đúng không?
    .hint = Ví dụ chuyện kiếm được nhiều tiền, xây nhà mới hoặc mua điện thoại.
    .interpreter = Nhắc đến những câu chuyện nghe được trong làng hoặc trên mạng xã hội; hỏi trung lập.

before-false-law = Bạn có được nói những điều về luật pháp hoặc cảnh sát ở đó mà sau này hóa ra là sai không?
    .hint = Ví dụ không cần giấy tờ, hoặc cảnh sát luôn bắt những người lao động đi khiếu nại.
    .interpreter = Đưa ra một ví dụ để câu hỏi cụ thể hơn; không dẫn dắt.

before-no-papers = Bạn có đi lại hoặc làm việc mà không có hộ chiếu, thị thực hoặc giấy phép lao động không?
    .hint = Trong buổi sàng lọc này, câu trả lời không thể được dùng để trừng phạt người đó.
    .interpreter = Trấn an trước: câu hỏi này không nhằm trừng phạt. Dùng tên gọi thông dụng ở địa phương cho các loại giấy tờ này.

before-authorities = Trước khi đi, bạn có sợ cảnh sát hoặc cán bộ, hoặc gặp rắc rối về giấy tờ không?
    .interpreter = Hỏi trung lập; ở một số vùng, người dân sợ cán bộ hoặc binh lính là có lý do.

before-trusted-person = Bạn đi có phải vì bạn tin tưởng hoặc phụ thuộc vào người đã sắp xếp chuyến đi, như người yêu hoặc người thân, không?
    .interpreter = Hỏi nhẹ nhàng; người đó có thể vẫn còn thấy gắn bó với người này.

before-power-over-you = Những người sắp xếp công việc có sẵn quyền lực đối với bạn hoặc gia đình bạn không, như người cho vay hay chủ đất?
    .interpreter = "Quyền lực đối với" có thể khó dịch; hãy nói "có thể bắt bạn làm theo".

before-travel-arranged = Bạn có cần người khác sắp xếp chuyến đi vì bạn không tự làm được không?
    .hint = Ví dụ không có tiền đi đường, không có giấy tờ, hoặc không biết đường.
    .interpreter = Hỏi như một câu hỏi thực tế về chuyến đi.

before-beliefs = Phong tục, niềm tin hoặc bổn phận tôn giáo có khiến bạn khó từ chối không?
    .hint = Ví dụ bổn phận phải vâng lời cha mẹ, hoặc một lời thề.
    .interpreter = Hỏi một cách tôn trọng; không phán xét niềm tin. Dùng chính từ của người đó để nói về lời nguyện hoặc lời thề.

before-conflict-disaster = Khi bạn đi, nơi bạn sống có giao tranh, thiên tai hoặc khó khăn rất lớn không?
    .hint = Ví dụ xung đột vũ trang, lũ lụt hoặc mất mùa.
    .interpreter = Nêu các sự kiện ở địa phương nếu biết, nhưng không tự cho là có.

promised-job = Công việc, nơi làm hoặc chủ lao động có khác với những gì bạn được nói không?
    .hint = Loại công việc, nơi làm hoặc chủ lao động.
    .interpreter = Hỏi trung lập; không gợi ý câu trả lời. "Được nói" bao gồm cả lời của người môi giới hoặc người thân.

promised-pay = Bạn có được trả ít hơn số tiền đã được hứa không?
    .interpreter = Hỏi về số tiền đã được hứa, không hỏi về tiền bạc nói chung.

promised-conditions = Giờ làm, ngày nghỉ hoặc công việc phải làm có khác với những gì bạn được hứa không?
    .interpreter = Nói ngắn gọn ba ví dụ; người đó có thể chỉ trả lời về một ví dụ.

promised-contract = Hợp đồng hoặc thỏa thuận có bị làm giả, bị thay đổi sau đó, hoặc khác với những gì bạn được nói không?
    .hint = Thỏa thuận bằng lời nói cũng được tính.
    .interpreter = Nói rằng một lời hứa bằng miệng cũng được tính là thỏa thuận.

promised-housing = Chỗ ở của bạn có tệ hơn những gì bạn được hứa không?
    .interpreter = Hỏi về những gì đã được hứa; điều kiện chỗ ở sẽ hỏi sau.

promised-papers = Bạn có được hứa cho giấy tờ hợp pháp hoặc giấy phép lao động mà rồi không bao giờ nhận được không?
    .interpreter = Dùng tên gọi thông dụng ở địa phương cho giấy phép lao động.

promised-journey = Chuyến đi, hoặc số tiền bạn phải trả cho chuyến đi, có khác với những gì bạn được nói không?
    .hint = Ví dụ phí cao hơn nhiều, đi đường khác hoặc phải vượt biên nguy hiểm.
    .interpreter = "Số tiền phải trả" bao gồm phí, nợ và các khoản bị trừ.

promised-family-reunion = Bạn có được hứa rằng gia đình có thể đến ở cùng hoặc thăm bạn, mà rồi không được như vậy không?
    .interpreter = Hỏi đơn giản; đây có thể là chuyện đau lòng.

promised-marriage = Bạn có được hứa một cuộc hôn nhân hoặc việc nhận làm con nuôi mà rồi không diễn ra như đã hứa không?
    .interpreter = Hỏi nhẹ nhàng; người đó có thể vẫn còn thương người đã hứa.

promised-school = Bạn có được hứa cho đi học, học nghề hoặc đào tạo mà rồi không được không?
    .interpreter = Với trẻ em, hỏi về việc đi học; với người lớn, hỏi về học nghề hoặc các khóa học.

journey-money-kept = Trong lúc được tuyển mộ hoặc trên đường đi, có ai giữ tiền của bạn không?
    .interpreter = Hỏi như một câu hỏi thực tế về tiền bạc trên đường đi.

journey-papers-taken = Trong lúc được tuyển mộ hoặc trên đường đi, có ai lấy hộ chiếu hoặc giấy tờ tùy thân của bạn không?
    .hint = Trước khi đến nơi làm việc; giấy tờ bị lấy ở nơi làm việc sẽ hỏi sau.
    .interpreter = Nói rõ câu này hỏi về chuyến đi, không phải về nơi làm việc.

journey-debt = Trước khi bắt đầu làm việc, bạn có bị nói là đang nợ tiền cho công việc hoặc chuyến đi và phải làm để trả nợ không?
    .interpreter = Dùng từ địa phương để nói về khoản nợ với người môi giới; tránh từ ngữ pháp lý.

journey-confined = Trên đường đi, bạn có bị nhốt, bị canh giữ, hoặc bị ngăn không cho nói chuyện với người khác không?
    .interpreter = Hỏi chậm rãi; người đó có thể cần một chút thời gian.

journey-threat-report = Trên đường đi, có ai dọa sẽ tố giác bạn với cảnh sát hoặc cơ quan xuất nhập cảnh không?
    .interpreter = Dịch "tố giác" bằng từ hằng ngày để nói về việc giao ai đó cho cảnh sát.

journey-threat-tell-family = Trên đường đi, có ai dọa sẽ kể với gia đình hoặc người trong làng những chuyện về bạn không?
    .interpreter = Chỉ hỏi có hay không; không hỏi họ dọa sẽ kể chuyện gì.

journey-threats = Có ai dọa làm hại bạn để bắt bạn phải đi hoặc tiếp tục đi không?
    .interpreter = Giữ giọng bình tĩnh; đây là câu hỏi khó đầu tiên.

journey-family-harmed = Có ai làm hại gia đình bạn để bắt bạn phải đi hoặc tiếp tục đi không?
    .interpreter = Chỉ hỏi có hay không; người đó có thể đang lo sợ cho gia đình.

journey-taken-sold = Bạn có bị bắt đi bằng vũ lực, bị bán, hoặc bị ép kết hôn hay bị ép làm con nuôi không?
    .hint = Bao gồm cả việc gia đình được trả tiền để đổi lấy người đó.
    .interpreter = Với trẻ em, "bị bán" có thể được hiểu là gia đình đã nhận tiền; nói rõ ràng nhưng nhẹ nhàng.

journey-hurt = Có ai đánh hoặc làm bạn đau để bắt bạn phải đi hoặc tiếp tục đi không?
    .hint = Chỉ hỏi có hay không, không bao giờ hỏi chi tiết. Bao gồm cả bạo lực tình dục.
    .interpreter = Không hỏi bằng cách nào hay ai làm. Nếu người đó bắt đầu kể, nhẹ nhàng nói rằng họ không cần phải kể.

work-long-hours = Bạn có thường làm việc những ngày rất dài, hoặc không có ngày nghỉ không?
    .hint = Ví dụ hơn 10 giờ một ngày, hoặc nhiều tuần liền không có ngày nghỉ.
    .interpreter = Nếu câu trả lời không rõ, hỏi một ngày bình thường làm bao nhiêu giờ.

work-low-pay = Bạn có được trả rất ít tiền, hoặc không được trả gì cả không?
    .interpreter = Hỏi về số tiền thực sự nhận được, không phải số tiền được hứa.

work-pay-cut = Chủ lao động có trừ tiền hoặc phạt tiền vào lương của bạn một cách bất công, hoặc tự ý thay đổi lương không?
    .hint = Ví dụ tiền ăn, tiền ở, tiền dụng cụ hoặc tiền phạt vì làm sai.
    .interpreter = Đưa ra ví dụ về các khoản bị trừ ở địa phương; người lao động có thể nghĩ bị phạt tiền là chuyện bình thường.

work-living-bad = Chỗ ngủ, đồ ăn hoặc nước uống có rất tệ không?
    .interpreter = Hỏi trung lập; người đó có thể thấy xấu hổ về điều kiện sống.

work-conditions-bad = Điều kiện làm việc có rất tệ không, ví dụ không được nghỉ giải lao, không có nhà vệ sinh hoặc không có đồ bảo hộ?
    .interpreter = Giữ các ví dụ cụ thể.

work-dangerous = Công việc của bạn có nguy hiểm không, hoặc có làm bạn bị ốm hay bị thương không?
    .hint = Ví dụ hóa chất, làm trên cao, mang vác nặng, máy móc, hoặc trẻ em phải làm đêm.
    .interpreter = Dùng ví dụ cụ thể từ loại công việc người đó đã làm.

work-rules-broken = Chủ lao động có vi phạm thỏa thuận với bạn, hoặc không cho bạn ngày nghỉ hay tiền lương mà luật quy định không?
    .interpreter = Nói "thỏa thuận" thay vì "hợp đồng"; lời hứa bằng miệng cũng được tính.

work-no-protection = Nếu bạn bị ốm hoặc bị thương khi làm việc, bạn có phải tự trả tiền chữa trị hoặc bị mất lương không?
    .hint = Có nghĩa là không có tiền lương khi ốm, bảo hiểm hoặc chăm sóc y tế.
    .interpreter = Hỏi như một câu hỏi thực tế: khi có người bị ốm thì ai trả tiền?

work-no-school = Trong thời gian làm việc ở đó, bạn có bị ngăn không cho đi học hoặc học nghề không?
    .interpreter = Với trẻ em, hỏi về việc đi học; với người lớn, hỏi về học nghề hoặc các lớp học.

fishing-months-at-sea = Lần lâu nhất bạn ở trên biển mà không được lên bờ là bao lâu?
    .hint = Tính bằng tháng; ước tính cũng được.
    .interpreter = Nếu cần, đếm theo tuần trăng hoặc theo mùa.

fishing-transshipment = Khi ở trên biển, bạn có bị chuyển từ tàu này sang tàu khác không?
    .hint = Việc chuyển tải trên biển khiến thuyền viên không vào cảng trong nhiều năm.
    .interpreter = Dùng từ mà thuyền viên hay dùng để gọi tàu chở hàng hoặc tàu mẹ.

fishing-kept-aboard = Khi tàu cập cảng, bạn có bị ngăn không cho lên bờ không?
    .interpreter = Nếu tàu đã cập cảng nhiều lần, hỏi về lần cập cảng gần nhất.

fishing-vessel = Bạn có biết tên con tàu, hoặc tàu mang cờ của nước nào không?
    .hint = Bất cứ điều gì biết được: tên, số sơn trên thân tàu, cờ hoặc cảng nhà.
    .interpreter = Ghi tên đúng như nghe được; tên tàu có thể bằng chữ Thái, chữ Trung Quốc hoặc chữ viết khác.

scam-made-to-defraud = Bạn có bị bắt phải lừa gạt người khác qua mạng hoặc qua điện thoại không?
    .hint = Bị ép phạm tội: người đó không được bị trừng phạt vì việc này.
    .interpreter = Nói rõ rằng câu hỏi này không nhằm đổ lỗi cho người đó.

scam-targets-punished = Bạn có bị phạt hoặc bị trừ tiền khi không đạt chỉ tiêu không?
    .interpreter = Ở đó "chỉ tiêu" có thể được gọi là định mức hoặc KPI; dùng từ mà người đó dùng.

scam-resold = Bạn có bị bán hoặc bị chuyển sang một công ty hay một khu khác không?
    .interpreter = Hỏi trung lập; người ta thường bị chuyển giữa các công ty.

scam-could-leave = Bạn có thể rời khỏi khu đó khi bạn muốn không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại.
    .interpreter = Hỏi như một câu hỏi bình thường về cuộc sống hằng ngày.

domestic-own-room = Bạn có chỗ ngủ riêng, có cửa mà bạn có thể đóng lại không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại.
    .interpreter = Hỏi đơn giản; ngủ trong bếp hoặc ngoài hành lang là chuyện thường gặp.

domestic-day-off = Mỗi tuần bạn có ít nhất một ngày nghỉ không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại.
    .interpreter = Ngày nghỉ là một ngày không phải làm bất cứ việc gì, kể cả việc chăm sóc người khác.

domestic-leave-house = Khi không làm việc, bạn có thể tự mình ra khỏi nhà không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại.
    .interpreter = Hỏi về việc có được phép hay không, không phải về việc có chỗ nào để đi.

domestic-enough-food = Bạn có được ăn đủ no không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại.
    .interpreter = Hỏi đơn giản; người đó có thể thấy xấu hổ.

sexual-substances = Bạn có bị bắt phải uống rượu hoặc dùng ma túy không?
    .hint = Chỉ hỏi có hay không. Các chất gây nghiện là một cách để kiểm soát.
    .interpreter = Hỏi mà không phán xét; đó là điều người khác đã làm với người đó.

sexual-health-care = Bạn có được gặp bác sĩ hoặc nhân viên y tế khi cần không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại; ghi chú cần chuyển đến cơ sở y tế.
    .interpreter = Hỏi như một câu hỏi về sức khỏe, không phải về công việc.

sexual-kept-money = Bạn có được giữ lại chút tiền nào được trả cho công việc của bạn không?
    .hint = Trả lời không ở câu này là điều đáng lo ngại.
    .interpreter = Dùng từ trung lập để nói về công việc; không bao giờ dùng từ miệt thị.

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

child-night-heavy-work = Bạn có phải làm việc ban đêm, mang vác nặng, hoặc dùng dụng cụ hay hóa chất nguy hiểm không?
    .hint = Bất kỳ việc nào trong số này đều là công việc nguy hiểm đối với trẻ em.
    .interpreter = Nếu trẻ có vẻ bối rối, đưa ra từng ví dụ một.

control-pay-held = Chủ lao động có giữ lại tiền lương của bạn, hoặc nói rằng sau này bạn mới được nhận không?
    .interpreter = Hỏi như một câu hỏi thực tế về ngày trả lương.

control-papers-taken = Trong thời gian làm việc, chủ lao động hoặc người khác có giữ hộ chiếu hay giấy tờ tùy thân của bạn không?
    .hint = Giữ "cho an toàn" vẫn được tính nếu người đó không lấy lại được.
    .interpreter = Giải thích rằng "giữ giấy tờ cho an toàn" vẫn được tính nếu người đó không lấy lại được.

control-debt = Bạn có nợ chủ lao động hoặc người môi giới một khoản nợ cứ tăng lên hoặc khiến bạn không thể bỏ đi không?
    .interpreter = Dùng từ địa phương để nói về nợ; hỏi xem khoản nợ đó đã bao giờ giảm đi chưa.

control-confined = Bạn có bị nhốt, bị theo dõi, hoặc bị ngăn không cho rời đi hay liên lạc với người khác không?
    .hint = Bao gồm bị lấy điện thoại, có người canh gác, có camera hoặc bị chuyển chỗ thường xuyên.
    .interpreter = Đưa ra từng ví dụ một.

control-influence = Có ai kiểm soát bạn bằng ma túy, rượu, một lời thề, hoặc một mối quan hệ mà bạn không thể rời bỏ không?
    .interpreter = Hỏi nhẹ nhàng; người đó có thể vẫn thấy bị ràng buộc bởi lời thề hoặc với người bạn đời.

control-worse-threat = Bạn có bị nói rằng mọi chuyện sẽ tệ hơn nếu bạn không nghe lời, như nợ nhiều hơn hoặc bị bán tiếp không?
    .interpreter = Chỉ hỏi có hay không.

control-threat-report = Trong thời gian làm việc, có ai dọa sẽ tố giác bạn với cảnh sát hoặc cơ quan xuất nhập cảnh không?
    .interpreter = Dịch "tố giác" bằng từ hằng ngày để nói về việc giao ai đó cho cảnh sát.

control-threat-tell-family = Trong thời gian làm việc, có ai dọa sẽ kể với gia đình hoặc người trong làng những chuyện về bạn không?
    .interpreter = Chỉ hỏi có hay không; không hỏi họ dọa sẽ kể chuyện gì.

control-made-to-lie = Bạn có bị bảo phải nói dối cán bộ hoặc gia đình về công việc của bạn không?
    .interpreter = Trấn an rằng bây giờ nói thật là an toàn và không bị trừng phạt.

control-against-others = Bạn có bị bắt phải canh chừng, trừng phạt hoặc làm hại những người lao động khác không?
    .interpreter = Nói rõ rằng câu hỏi này không nhằm đổ lỗi cho người đó.

control-illegal-acts = Bạn có bị bắt phải làm điều phạm pháp không, như lừa gạt người khác, vận chuyển ma túy hoặc ăn cắp?
    .hint = Bị ép phạm tội: người đó không được bị trừng phạt vì việc này.
    .interpreter = Trấn an trước: câu trả lời không được dùng để buộc tội người đó.

control-forced-tasks = Bạn có bị bắt phải làm công việc, hoặc phải phục vụ khách, mà bạn đã từ chối không?
    .hint = "Khách" bao gồm cả dịch vụ tình dục. Chỉ hỏi có hay không, không bao giờ hỏi chi tiết.
    .interpreter = Dùng từ ngữ trung lập. Nếu người đó bắt đầu kể, nhẹ nhàng nói rằng họ không cần phải kể.

control-threats = Trong thời gian làm việc, có ai dọa làm hại bạn không?
    .interpreter = Giữ giọng bình tĩnh; dừng lại một chút sau khi hỏi.

control-family-harmed = Trong thời gian làm việc, có ai làm hại hoặc gây tổn hại cho gia đình bạn không?
    .interpreter = Chỉ hỏi có hay không; người đó có thể đang lo sợ cho gia đình.

control-hurt = Trong thời gian làm việc, có ai đánh bạn, làm bạn đau hoặc xâm hại tình dục bạn không?
    .hint = Chỉ hỏi có hay không, không bao giờ hỏi chi tiết.
    .interpreter = Không hỏi bằng cách nào hay ai làm. Nếu người đó bắt đầu kể, nhẹ nhàng nói rằng họ không cần phải kể.

there-unknown-place = Cuộc sống ở đó có khó khăn vì bạn không biết nơi đó, không biết tiếng hoặc không quen ai không?
    .interpreter = Hỏi như một câu hỏi về cuộc sống hằng ngày.

there-depended = Bạn có phải phụ thuộc vào chủ lao động về đồ ăn, chỗ ngủ, giấy tờ hoặc việc đi lại không?
    .interpreter = "Phụ thuộc" nghĩa là người đó không thể có những thứ này bằng cách nào khác.

there-needed-money = Bạn ở lại có phải vì bạn hoặc gia đình bạn cần tiền không?
    .interpreter = Hỏi mà không phán xét quyết định ở lại.

there-family-reasons = Những lo lắng về gia đình, như nợ nần hoặc có người ốm ở nhà, có làm bạn khó bỏ đi không?
    .interpreter = Chỉ hỏi có hay không; không hỏi chi tiết về gia đình.

there-feared-police = Bạn ở lại có phải vì bạn sợ cảnh sát, hoặc sợ bị bắt vì giấy tờ không?
    .interpreter = Hỏi trung lập, dù có cán bộ đang ở trong phòng.

there-past-used = Có ai dùng những chuyện trong quá khứ của bạn để chống lại bạn không, như một khoản nợ cũ, tiền án hoặc việc bị ngược đãi trước đây?
    .hint = Chỉ hỏi có hay không, không bao giờ hỏi chi tiết.
    .interpreter = Không hỏi những chuyện trong quá khứ đó là gì.

there-personal = Có điều gì ở bản thân bạn, như tuổi tác, sức khỏe, khuyết tật hoặc việc mang thai, khiến bạn khó bỏ đi hơn không?
    .interpreter = Hỏi một cách tôn trọng; đưa ra từng ví dụ một.

now-debt-owed = Bây giờ bạn có còn nợ tiền ai có liên quan đến công việc hoặc chuyến đi này không?
    .hint = Khoản nợ còn tiếp diễn là một nguy cơ khi trở về.
    .interpreter = Hỏi như một câu hỏi thực tế.

now-afraid = Bây giờ bạn có sợ ai có liên quan đến công việc này không?
    .hint = Nếu có: kiểm tra lại các câu hỏi an ninh khẩn cấp.
    .interpreter = Hỏi bình tĩnh; báo ngay cho cán bộ nếu người đó chỉ vào ai đó ở gần.
