package app.stride.account.ui;

import app.stride.account.AccountService;
import app.stride.account.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An admin gives a user a new password: after a confirmation, Stride makes one and shows it here
 * once, to hand over (read-only, selectable to copy); closing the dialog forgets it.
 */
class PasswordResetDialog extends Dialog {

    final Paragraph text = new Paragraph();
    final Button confirm = new Button();
    final TextField password = new TextField();

    PasswordResetDialog(AccountService accounts, UserSummary user) {
        setHeaderTitle(getTranslation("admin.users.reset.title", user.username()));
        text.setText(getTranslation("admin.users.reset.ask", user.username()));
        password.setLabel(getTranslation("admin.users.reset.password"));
        password.setReadOnly(true);
        password.setVisible(false);
        password.setWidthFull();
        confirm.setText(getTranslation("admin.users.reset"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            password.setValue(accounts.resetPassword(user.id()));
            password.setVisible(true);
            // selected, so that Ctrl+C copies it at once
            password.getElement().executeJs("setTimeout(() => this.inputElement.select())");
            text.setText(getTranslation("admin.users.reset.done", user.username()));
            confirm.setVisible(false);
        });
        add(text, password);
        getFooter().add(new Button(getTranslation("admin.users.close"), click -> close()), confirm);
        addClassName("stride-dialog");
    }
}
