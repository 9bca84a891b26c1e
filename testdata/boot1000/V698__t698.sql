-- core_t_698: table 698 of the core module
CREATE TABLE core_t_698 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_698_name_idx ON core_t_698 (name);
INSERT INTO core_t_698 (name) VALUES ('first row of core_t_698'), ('second row');
