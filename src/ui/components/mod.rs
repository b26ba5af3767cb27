pub mod language_picker;
