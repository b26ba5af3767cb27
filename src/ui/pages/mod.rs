pub mod about_data;
pub mod start;
