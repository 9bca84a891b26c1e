-- core_t_694: table 694 of the core module
CREATE TABLE core_t_694 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_694_name_idx ON core_t_694 (name);
INSERT INTO core_t_694 (name) VALUES ('first row of core_t_694'), ('second row');
