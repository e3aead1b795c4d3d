FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY docmatch ./docmatch
COPY ingest ./ingest
COPY extract ./extract
COPY matching ./matching
COPY api ./api
COPY samples ./samples
RUN pip install --no-cache-dir .

ENV DOCMATCH_DATA_DIR=/var/lib/docmatch DOCMATCH_INBOX=/inbox
ENTRYPOINT ["docmatch"]
CMD ["serve", "--host", "0.0.0.0"]
