### Sàng lọc ban đầu: mười câu hỏi đơn giản cho mọi người. Trả lời có, không chắc hoặc từ chối nghĩa là sẽ có cuộc phỏng vấn đầy đủ; đó không phải là một kết luận.

checklist-title = Sàng lọc ban đầu

section-gateways = Những gì đã xảy ra
section-concern = Mối lo ngại của chính bạn (cán bộ)

deceived-about-job = Trước khi đi, bạn có được nói những điều về công việc, tiền lương hoặc nơi làm việc mà sau đó hóa ra không đúng sự thật không?

forced-to-go = Trước khi đến nơi làm việc, có ai làm hại bạn, đe dọa bạn hoặc gia đình bạn, hoặc đưa bạn đi trái ý muốn, để bắt bạn phải đi không?

work-long-hours = Ở nơi làm việc, bạn có bị bắt làm nhiều giờ hoặc nhiều ngày đến mức không được nghỉ ngơi không?

work-low-pay = Ở nơi làm việc, bạn có bị trả lương thấp hơn nhiều so với lời hứa, trả chậm hoặc không được trả gì không?

documents-taken = Có ai lấy hộ chiếu, giấy tờ tùy thân hoặc giấy tờ khác của bạn và không trả lại khi bạn muốn không?

debt-owed = Bạn có nợ tiền người đưa bạn đi, người môi giới hoặc chủ lao động, cho công việc, chuyến đi, đồ ăn hoặc chỗ ngủ không?

kept-from-leaving = Trên đường đi hoặc ở nơi làm việc, bạn có bị nhốt, bị canh giữ hoặc bị ngăn không cho rời đi không?

hurt-at-work = Ở nơi làm việc, có ai làm hại bạn, hoặc đe dọa bạn hay gia đình bạn không?

forced-acts = Bạn có bị ép làm những việc bạn không muốn làm, hoặc phạm pháp không?

now-afraid = Bây giờ bạn có sợ ai không, cho bản thân bạn hoặc cho gia đình bạn?

officer-concern = Cán bộ: ngoài các câu trả lời, bạn có lo ngại riêng rằng người này có thể đã bị bóc lột hoặc cần được bảo vệ không?

officer-concern-reason = Vì sao bạn lo ngại?
