package dev.actionkit.examples.spring;

import dev.actionkit.examples.spring.generated.Actions;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.spring.boot.ActionKitUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /users/{id}/notify}: sends a Slack message in that user's workspace. */
@RestController
class NotifyController {

    /** The body of a notification: where to post and what. */
    record Notification(String channel, String message) {}

    private final ActionKitUsers users;

    NotifyController(ActionKitUsers users) {
        this.users = users;
    }

    @PostMapping("/users/{id}/notify")
    ResponseEntity<String> notify(@PathVariable("id") String userId,
            @RequestBody Notification notification) {
        ActionResult sent = new Actions(users.client(userId)).slack()
                .sendMessage(notification.channel(), notification.message());
        return ResponseEntity.ok(sent.text());
    }
}
