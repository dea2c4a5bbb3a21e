package org.jixiao.workbench.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jixiao.security.AccountService;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Messages;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Changing one's password; the first login with a printed or handed-out password lands here. A new password ends
 * the account's other sessions, and this one continues with a fresh cookie.
 */
@Controller
class PasswordController {

    static final String PASSWORD = "/password";

    private final AccountService accounts;
    private final SessionCookieSecurityContextRepository sessions;

    PasswordController(AccountService accounts, SessionCookieSecurityContextRepository sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping(PASSWORD)
    String form(Authentication authentication, Model model) {
        model.addAttribute("required", required(authentication));
        model.addAttribute("errors", Map.of());
        model.addAttribute("minLength", AccountService.MIN_PASSWORD_LENGTH);
        return "password";
    }

    @PostMapping(PASSWORD)
    Mono<String> change(Authentication authentication, @ModelAttribute PasswordForm form, Locale locale,
            Model model, ServerWebExchange exchange) {
        WorkbenchAuthentication login = (WorkbenchAuthentication) authentication;
        return accounts.changePassword(login.account().id(), form.currentPassword(), form.newPassword(),
                        form.confirmPassword())
                .flatMap(changed -> sessions.save(exchange,
                        new SecurityContextImpl(new WorkbenchAuthentication(changed))))
                .thenReturn("redirect:/")
                .onErrorResume(InvalidInputException.class, invalid -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    for (FieldViolation violation : invalid.violations()) {
                        errors.merge(violation.field(), Messages.render(violation.text(), locale),
                                (first, second) -> first + "; " + second);
                    }
                    exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                    model.addAttribute("required", required(authentication));
                    model.addAttribute("errors", errors);
                    model.addAttribute("minLength", AccountService.MIN_PASSWORD_LENGTH);
                    return Mono.just("password");
                });
    }

    private static boolean required(Authentication authentication) {
        return authentication instanceof WorkbenchAuthentication login && login.account().mustChangePassword();
    }
}
