-- An application's own module, listed in db.additional.modules.
CREATE TABLE custom_layer (
    id serial PRIMARY KEY,
    maplayer_id integer NOT NULL REFERENCES oskari_maplayer(id) ON DELETE CASCADE,
    theme character varying(64) NOT NULL,
    opacity integer DEFAULT 100 CHECK (opacity BETWEEN 0 AND 100)
);
