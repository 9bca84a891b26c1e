CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO oskari_status (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)
VALUES (1, '1', 'create places', 'JDBC', 'flyway.core.V1__create_places', NULL, 'deploy', '2024-05-06 07:08:09', 12, true);
