ALTER TABLE categories
  ADD COLUMN stroke_width integer,
  ADD COLUMN stroke_color character(7),
  ADD COLUMN fill_color character(7);

UPDATE categories SET stroke_width = 1, stroke_color = '#000000', fill_color = '#ffde00';
