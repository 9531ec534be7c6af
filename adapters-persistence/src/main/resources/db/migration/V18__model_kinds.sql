-- Model kinds: the endpoint that calls a model, and the units its calls are billed in. Speech is priced per million
-- input characters, transcription per minute of audio. Each usage record keeps its model's kind and the units it
-- was billed on (tokens, characters or milliseconds). A chat call's units are its total tokens, which the reader
-- takes from the token columns: the records written before need no rewrite (a constant default adds no row).
ALTER TABLE models
    ADD COLUMN kind text NOT NULL DEFAULT 'chat'
        CHECK (kind IN ('chat', 'embedding', 'rerank', 'speech', 'transcription')),
    ADD COLUMN speech_per_million_chars NUMERIC(20,6) NOT NULL DEFAULT 0 CHECK (speech_per_million_chars >= 0),
    ADD COLUMN transcription_per_minute NUMERIC(20,6) NOT NULL DEFAULT 0 CHECK (transcription_per_minute >= 0);

ALTER TABLE usage_records
    ADD COLUMN kind text NOT NULL DEFAULT 'chat'
        CHECK (kind IN ('chat', 'embedding', 'rerank', 'speech', 'transcription')),
    ADD COLUMN units bigint NOT NULL DEFAULT 0 CHECK (units >= 0);
