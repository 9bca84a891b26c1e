-- want identifier-too-long 2:14
CREATE TABLE oskari_maplayer_group_link_with_a_name_far_too_long_for_postgresql (id int);
-- want identifier-too-long 4:37
ALTER TABLE oskari_users ADD COLUMN "Ääkköset ääkköset ääkköset ääkköset ääkköset ääkköset" text;
