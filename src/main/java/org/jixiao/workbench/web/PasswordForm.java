package org.jixiao.workbench.web;

/** The password form's fields, as posted. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
}
