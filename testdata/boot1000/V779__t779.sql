-- core_t_779: table 779 of the core module
CREATE TABLE core_t_779 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_779_name_idx ON core_t_779 (name);
