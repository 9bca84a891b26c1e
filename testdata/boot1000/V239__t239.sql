-- core_t_239: table 239 of the core module
CREATE TABLE core_t_239 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_239_name_idx ON core_t_239 (name);
