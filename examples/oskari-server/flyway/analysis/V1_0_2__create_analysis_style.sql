CREATE TABLE analysis_style (
    id bigserial PRIMARY KEY,
    stroke_width integer,
    stroke_color character(7),
    fill_color character(7),
    dot_size integer
);

ALTER TABLE analysis ADD CONSTRAINT analysis_style_fkey FOREIGN KEY (style_id) REFERENCES analysis_style(id);
