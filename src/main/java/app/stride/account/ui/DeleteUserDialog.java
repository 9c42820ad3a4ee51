package app.stride.account.ui;

import app.stride.account.AccountInputException;
import app.stride.account.AccountService;
import app.stride.account.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Deleting an account with all its data, once the admin has typed its username: there is no undo. */
class DeleteUserDialog extends Dialog {

    final TextField username = new TextField();
    final Button delete = new Button();

    DeleteUserDialog(AccountService accounts, UserSummary user, Runnable deleted) {
        setHeaderTitle(getTranslation("admin.users.delete.title", user.username()));
        username.setLabel(getTranslation("admin.users.delete.field"));
        username.setWidthFull();
        username.setMaxLength(64);
        delete.setText(getTranslation("admin.users.delete.confirm"));
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            try {
                accounts.delete(user.id(), username.getValue());
                close();
                deleted.run();
            } catch (AccountInputException e) {
                username.setErrorMessage(getTranslation(e.messageKey()));
                username.setInvalid(true);
            }
        });
        add(new Paragraph(getTranslation("admin.users.delete.warning", user.username())), username);
        getFooter().add(new Button(getTranslation("admin.users.close"), click -> close()), delete);
        addClassName("stride-dialog");
    }
}
