CREATE TABLE analysis_style (
  id bigserial PRIMARY KEY,
  stroke_width integer,
  stroke_color character(7),
  fill_color character(7),
  dot_color character(7),
  dot_size integer
);

ALTER TABLE analysis ADD COLUMN style_id bigint REFERENCES analysis_style (id);
