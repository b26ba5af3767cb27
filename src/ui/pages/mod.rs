pub mod about_data;
pub mod occupation;
pub mod questionnaire;
pub mod results;
pub mod start;
