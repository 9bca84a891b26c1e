-- Oletustyyli: ääriviiva musta, täyttö oranssi
INSERT INTO analysis_style (stroke_width, stroke_color, fill_color, dot_color, dot_size)
VALUES (1, '#000000', '#ff9900', '#ff9900', 4);