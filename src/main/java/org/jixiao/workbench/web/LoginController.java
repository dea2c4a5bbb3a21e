package org.jixiao.workbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The login form; Spring Security's form login takes the POST to the same path and comes back here with a bare
 * {@code ?error}, {@code ?locked} or {@code ?logout} to say how it went.
 */
@Controller
class LoginController {

    static final String LOGIN = "/login";

    @GetMapping(LOGIN)
    String login(ServerWebExchange exchange, Model model) {
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("locked", query.containsKey("locked"));
        model.addAttribute("loggedOut", query.containsKey("logout"));
        return "login";
    }
}
