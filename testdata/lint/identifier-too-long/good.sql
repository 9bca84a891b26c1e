CREATE TABLE oskari_maplayer_group_link (id int);
SELECT 'a string may be as long as it likes, it names nothing at all, really' AS x;
