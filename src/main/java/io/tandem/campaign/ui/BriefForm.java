package io.tandem.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import io.tandem.base.db.DatabaseMonitor;
import io.tandem.base.ui.IfOpen;
import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.tandem.base.InOrder;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.campaign.Brief;
import io.tandem.campaign.BriefField;
import io.tandem.campaign.BriefSaved;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.CampaignWorkspace;
import io.tandem.collaboration.Collaboration;
import io.tandem.collaboration.LiveFields;
import io.tandem.collaboration.LiveForm;
import io.tandem.collaboration.Topics;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The brief, co-edited live: everyone in the workspace sees each value as it is typed and who is editing which
 * field. What a person types is saved by itself, without a Save button, about half a second after they pause;
 * invalid values are shown on the field and not saved.
 */
class BriefForm extends Div {

    private static final int TYPING_PAUSE_MS = 400;

    private final CampaignService campaigns;
    private final Long campaignId;
    private final LiveForm<Brief> form;
    final Map<BriefField, HasValue<?, ?>> fields = new EnumMap<>(BriefField.class);
    final Span saveState = new Span();
    private final Button join = new Button("Join this plan to edit it", VaadinIcon.SIGN_IN.create());
    private final transient DatabaseMonitor database;
    /** Values typed while the database could not be reached, saved in order once it answers again. */
    final Map<BriefField, Object> pending = new EnumMap<>(BriefField.class);
    private Registration backOnline;
    /** This form's saves, one after another in the order typed. */
    private final transient Executor saves;
    /** Saves handed over and not yet shown; "Saving…" until none is left. */
    private int saving;

    BriefForm(CampaignService campaigns, Collaboration collaboration, Long campaignId, CampaignWorkspace workspace,
            DatabaseMonitor database, Executor threads) {
        this.campaigns = campaigns;
        this.saves = new InOrder(threads);
        this.campaignId = campaignId;
        this.database = database;
        addClassName("brief-form");

        TextField name = new LiveFields.Text(BriefField.NAME.label());
        TextArea objective = area(BriefField.OBJECTIVE, "What should this campaign achieve, for whom, by when?");
        TextArea audience = area(BriefField.AUDIENCE, "Who are we talking to? Role, company, situation");
        TextArea messages = area(BriefField.KEY_MESSAGES, "The few things every piece should say");
        TextField channels = new LiveFields.Text(BriefField.CHANNELS.label());
        channels.setPlaceholder("e.g. LinkedIn, webinar, email nurture, events");
        DatePicker start = new LiveFields.Date(BriefField.START_DATE.label());
        DatePicker end = new LiveFields.Date(BriefField.END_DATE.label());
        start.setLocale(java.util.Locale.UK);
        end.setLocale(java.util.Locale.UK);
        BigDecimalField budget = new LiveFields.Decimal(BriefField.BUDGET.label());
        budget.setPrefixComponent(new Span("€"));
        TextArea metrics = area(BriefField.SUCCESS_METRICS, "The KPIs both teams agree on, e.g. 40 SQLs, 25% acceptance");
        for (TextField f : new TextField[] {name, channels}) {
            BriefField field = f == name ? BriefField.NAME : BriefField.CHANNELS;
            f.setMaxLength(field.maxLength());
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setValueChangeTimeout(TYPING_PAUSE_MS);
        }
        budget.setValueChangeMode(ValueChangeMode.LAZY);
        budget.setValueChangeTimeout(TYPING_PAUSE_MS);

        form = collaboration.form(Brief.class);
        bind(name, BriefField.NAME);
        bind(objective, BriefField.OBJECTIVE);
        bind(audience, BriefField.AUDIENCE);
        bind(messages, BriefField.KEY_MESSAGES);
        bind(channels, BriefField.CHANNELS);
        bindStart(start, end);
        bindEnd(end, start);
        bind(budget, BriefField.BUDGET);
        bind(metrics, BriefField.SUCCESS_METRICS);
        Brief opened = workspace.brief();
        form.connect(Topics.item("campaign", campaignId) + "/brief", () -> stored(opened));

        FormLayout layout = new FormLayout(name, channels, objective, audience, messages, metrics, start, end, budget);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        layout.setColspan(name, 2);
        for (var wide : new com.vaadin.flow.component.Component[] {objective, audience, messages, metrics}) {
            layout.setColspan(wide, 3);
        }

        saveState.addClassName("save-state");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        join.addClickListener(e -> {
            campaigns.addParticipant(campaignId, io.tandem.base.CurrentUser.require().personId());
            setEditable(true);
        });
        Div top = new Div(saveState, join);
        top.addClassName("brief-top");
        add(top, layout);
        setEditable(workspace.canEdit());
        saved("All changes saved");
    }

    /**
     * The saved brief, for the fields the live topic holds no value for (nobody typed in them while the brief was
     * open; the engine asks once it has connected, a moment after the page is built). Without the database, the
     * brief this page was opened with: it is what the person sees, and an empty form in its place would lose it.
     */
    private Brief stored(Brief opened) {
        try {
            return campaigns.workspace(campaignId).brief();
        } catch (RuntimeException e) {
            if (!DatabaseMonitor.isOutage(e)) {
                throw e;
            }
            database.failed(e);
            return opened;
        }
    }

    private static TextArea area(BriefField field, String placeholder) {
        TextArea area = new LiveFields.Area(field.label());
        area.setPlaceholder(placeholder);
        area.setMaxLength(field.maxLength());
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
        area.setHelperText("0/" + field.maxLength());
        area.addValueChangeListener(e -> area.setHelperText(
                (e.getValue() == null ? 0 : e.getValue().length()) + "/" + field.maxLength()));
        area.setMinRows(2);
        return area;
    }

    private <V> void bind(HasValue<?, V> field, BriefField briefField) {
        fields.put(briefField, field);
        Binder.Binding<Brief, V> binding = form.forField(field)
                .withValidator((value, ctx) -> result(CampaignService.briefError(briefField, value)))
                .bind(briefField.property());
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && !binding.validate().isError()) {
                save(briefField, e.getValue(), field);
            }
        });
    }

    private void bindStart(DatePicker start, DatePicker end) {
        fields.put(BriefField.START_DATE, start);
        Binder.Binding<Brief, java.time.LocalDate> binding = form.forField(start)
                .withValidator((value, ctx) -> result(value != null && end.getValue() != null
                        && end.getValue().isBefore(value) ? "The start cannot be after the end" : null))
                .bind(BriefField.START_DATE.property());
        start.addValueChangeListener(e -> {
            end.setMin(e.getValue());
            if (e.isFromClient() && !binding.validate().isError()) {
                save(BriefField.START_DATE, e.getValue(), start);
            }
        });
    }

    private void bindEnd(DatePicker end, DatePicker start) {
        fields.put(BriefField.END_DATE, end);
        Binder.Binding<Brief, java.time.LocalDate> binding = form.forField(end)
                .withValidator((value, ctx) -> result(value != null && start.getValue() != null
                        && value.isBefore(start.getValue()) ? "The end cannot be before the start" : null))
                .bind(BriefField.END_DATE.property());
        end.addValueChangeListener(e -> {
            if (e.isFromClient() && !binding.validate().isError()) {
                save(BriefField.END_DATE, e.getValue(), end);
            }
        });
    }

    private static ValidationResult result(String error) {
        return error == null ? ValidationResult.ok() : ValidationResult.error(error);
    }

    /**
     * Saves what the signed-in person typed into one field; during a database outage, as soon as it is back. The
     * save runs off the UI thread, after the ones typed before it, and its outcome is shown when it is done: the
     * Collaboration Engine sends a typed value to everyone else's form only once this page's request has ended, so a
     * save inside the request held the value back from the others for as long as the save took, and behind the
     * workspace reload its live notice set off in every open workspace (decision 0036).
     */
    void save(BriefField field, Object value, HasValue<?, ?> component) {
        if (!database.online()) {
            keepForLater(field, value);
            return;
        }
        UI ui = UI.getCurrent();
        saving++;
        state("Saving…", "saving");
        saves.execute(new DelegatingSecurityContextRunnable(() -> {
            Runnable outcome = saveNow(field, value, component);
            IfOpen.access(ui, () -> {
                saving--;
                outcome.run();
            });
        }));
    }

    /** Saves one value (off the UI thread) and returns what to show for it (on the UI thread). */
    private Runnable saveNow(BriefField field, Object value, HasValue<?, ?> component) {
        try {
            BriefSaved result = campaigns.saveBriefField(campaignId, field, value);
            return () -> {
                if (saving == 0) {
                    saved("All changes saved");
                }
                if (!result.clearedSignatures().isEmpty()) {
                    Toast.warning("Your change to " + field.label() + " cleared the signatures of "
                            + String.join(" and ", result.clearedSignatures()) + ". The plan needs signing again.");
                }
            };
        } catch (ValidationException ex) {
            return () -> notSaved(field, ex.getMessage(), component);
        } catch (StaleEditException | AccessDeniedException ex) {
            return () -> {
                notSaved(field, ex.getMessage(), component);
                Toast.error(ex.getMessage());
            };
        } catch (RuntimeException ex) {
            if (!DatabaseMonitor.isOutage(ex)) {
                return () -> {
                    notSaved(field, "an unexpected error; try again", component);
                    throw ex; // to the session's error handler, as any failure in a request
                };
            }
            database.failed(ex);
            return () -> keepForLater(field, value);
        }
    }

    private void keepForLater(BriefField field, Object value) {
        pending.remove(field);
        pending.put(field, value);
        state("Not saved yet: the database is unavailable. Your changes to "
                + String.join(", ", pending.keySet().stream().map(BriefField::label).toList())
                + " are kept and will be saved when it is back.", "unsaved");
    }

    /** Saves what was typed during the outage; each field says itself if it could not be saved. */
    void savePending() {
        if (pending.isEmpty()) {
            return;
        }
        Map<BriefField, Object> waiting = new EnumMap<>(pending);
        pending.clear();
        waiting.forEach((field, value) -> save(field, value, fields.get(field)));
        UI ui = UI.getCurrent();
        // after the outcomes of those saves, in order
        saves.execute(() -> IfOpen.access(ui, () -> {
            if (pending.isEmpty() && saving == 0 && !saveState.hasClassName("unsaved")) {
                saved("Back online: all changes saved");
            }
        }));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        backOnline = database.onChange(online -> {
            if (online) {
                ui.access(this::savePending);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (backOnline != null) {
            backOnline.remove();
            backOnline = null;
        }
    }

    private void saved(String text) {
        state(text, null);
        saveState.getElement().setAttribute("aria-live", "polite");
    }

    /** The save state's text and its look: {@code null} for saved, {@code "saving"} or {@code "unsaved"}. */
    private void state(String text, String look) {
        saveState.setText(text);
        saveState.removeClassNames("saving", "unsaved");
        if (look != null) {
            saveState.addClassName(look);
        }
    }

    private void notSaved(BriefField field, String message, HasValue<?, ?> component) {
        state(field.label() + " not saved: " + message, "unsaved");
        if (component instanceof com.vaadin.flow.component.HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        }
    }

    void setEditable(boolean editable) {
        fields.values().forEach(f -> f.setReadOnly(!editable));
        join.setVisible(!editable && io.tandem.base.CurrentUser.get().isPresent());
        saveState.setVisible(editable);
    }

    /** For tests: the live form. */
    LiveForm<Brief> form() {
        return form;
    }

    /** For tests: a field by brief field. */
    @SuppressWarnings("unchecked")
    <V> AbstractField<?, V> field(BriefField f) {
        return (AbstractField<?, V>) fields.get(f);
    }
}
