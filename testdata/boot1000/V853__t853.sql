-- core_t_853: table 853 of the core module
CREATE TABLE core_t_853 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_853_name_idx ON core_t_853 (name);
