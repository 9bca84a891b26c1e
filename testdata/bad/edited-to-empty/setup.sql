CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO oskari_status (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)
VALUES (1, '1', 'create places', 'SQL', 'V1__create_places.sql', 1092631580, 'deploy', '2024-05-06 07:08:09', 12, true);
