-- core_t_832: table 832 of the core module
CREATE TABLE core_t_832 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_832_name_idx ON core_t_832 (name);
INSERT INTO core_t_832 (name) VALUES ('first row of core_t_832'), ('second row');
