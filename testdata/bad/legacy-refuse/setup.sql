CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE oskari_status (
    version_rank INT NOT NULL, installed_rank INT NOT NULL, version VARCHAR(50) NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INTEGER,
    installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT NULL, success BOOLEAN NOT NULL);
INSERT INTO oskari_status VALUES (1, 1, '1', 'create places', 'SQL', 'V1__create_places.sql', ${checksum:migrations/V1__create_places.sql}, 'deploy', '2016-01-02 03:04:05', 5, true);
