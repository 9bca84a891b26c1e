INSERT INTO custom_layer (maplayer_id, theme, opacity)
SELECT id, 'default', 80 FROM oskari_maplayer WHERE type = 'wmtslayer';
