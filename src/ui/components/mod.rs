pub mod demand_panel;
pub mod education_question;
pub mod kiosk_guard;
pub mod language_picker;
pub mod level_question;
pub mod outlook;
pub mod work_history;
