CREATE TABLE users (id int);
INSERT INTO oskari_status (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)
VALUES (1, '1', 'create users', 'SQL', 'V1__create_users.sql', ${checksum:core/V1__create_users.sql}, 'deploy', '2024-05-06 07:08:09', 12, true);
