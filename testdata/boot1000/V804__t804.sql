-- core_t_804: table 804 of the core module
CREATE TABLE core_t_804 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_804_name_idx ON core_t_804 (name);
INSERT INTO core_t_804 (name) VALUES ('first row of core_t_804'), ('second row');
