CREATE TABLE analysis_style (id serial PRIMARY KEY, stroke_width int DEFAULT 1);
INSERT INTO analysis_style (stroke_width) VALUES (2);
