pub mod about_data;
pub mod centre;
pub mod handover;
pub mod occupation;
pub mod profile;
pub mod questionnaire;
pub mod results;
pub mod start;
