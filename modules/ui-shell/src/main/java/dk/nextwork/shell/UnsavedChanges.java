package dk.nextwork.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Nothing a person typed is lost without warning: a view with changes not yet saved asks before
 * the application leaves it, and the browser asks before the tab is closed or reloaded. A view
 * tells it whether it has unsaved changes whenever that changes.
 */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** Has the browser ask before closing or reloading the tab while a view has unsaved changes (once per page). */
    public static void guardTheTab(UI ui) {
        ui.getPage().executeJs("if (!window.nextworkUnsavedGuard) { window.nextworkUnsavedGuard = true;"
                + " window.addEventListener('beforeunload', e => { if (window.nextworkUnsaved) { e.preventDefault();"
                + " e.returnValue = ''; } }); }");
    }

    /** Tells the browser whether the view has unsaved changes now. */
    public static void mark(Component view, boolean unsaved) {
        view.getElement().executeJs("window.nextworkUnsaved = $0", unsaved);
    }

    /** Leaving a view: with unsaved changes it asks first, and leaves only when told to. */
    public static void confirmLeaving(Component view, BeforeLeaveEvent event, boolean unsaved) {
        if (!unsaved) {
            mark(view, false);
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(view.getTranslation("shell.unsaved.title"),
                view.getTranslation("shell.unsaved.text"), view.getTranslation("shell.unsaved.leave"), yes -> {
                    mark(view, false);
                    leave.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(view.getTranslation("shell.unsaved.stay"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
