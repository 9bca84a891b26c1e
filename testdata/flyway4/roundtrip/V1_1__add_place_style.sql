ALTER TABLE categories
  ADD COLUMN stroke_width integer,
  ADD COLUMN fill_color character(7);

UPDATE categories SET stroke_width = 1, fill_color = '#ffde00';
