"""A look-alike of `aiohttp`'s client over the sandbox's fetch: awaiting it lets other tasks run.

Requests to https://httpbin.org/ are answered by the simulated httpbin with its real delays.
Only the client the course uses is here: ClientSession with get/post/request, ClientResponse.
"""

import json as _json

import _lab_js as js

__version__ = "3.10 (Async Lab look-alike)"


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    def __init__(self, status, message):
        super().__init__(f"{status}, message={message!r}")
        self.status = status
        self.message = message


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total


class ClientResponse:
    def __init__(self, raw, method):
        self.status = int(raw.status)
        self.reason = str(raw.statusText)
        self.url = str(raw.url)
        self.method = method
        self.headers = {str(k).lower(): str(v) for k, v in raw.headers.to_py()}
        self._text = str(raw.text)
        self.ok = self.status < 400

    async def text(self, encoding=None):
        return self._text

    async def read(self):
        return self._text.encode("utf-8")

    async def json(self, *, content_type="application/json", loads=_json.loads):
        return loads(self._text)

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.status, self.reason)

    def release(self):
        pass

    def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        pass

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"


class _RequestContextManager:
    """What session.get() returns: awaitable, and usable with `async with`."""

    def __init__(self, coro):
        self._coro = coro
        self._response = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._response = await self._coro
        return self._response

    async def __aexit__(self, *exc):
        pass


class ClientSession:
    def __init__(self, base_url=None, *, headers=None, timeout=None, **kwargs):
        self._base = base_url or ""
        self._headers = dict(headers or {})
        self.closed = False

    async def _request(self, method, url, params=None, data=None, json=None, headers=None, **kwargs):
        if self.closed:
            raise RuntimeError("Session is closed")
        body = None
        all_headers = {**self._headers, **(headers or {})}
        if json is not None:
            body = _json.dumps(json)
            all_headers.setdefault("Content-Type", "application/json")
        elif data is not None:
            body = data if isinstance(data, str) else _json.dumps(data)
        full = self._base + str(url)
        if params:
            from urllib.parse import urlencode

            full += ("&" if "?" in full else "?") + urlencode(params)
        try:
            raw = await js.http(method, full, _json.dumps(all_headers), body)
        except Exception as error:
            raise ClientError(str(error)) from None
        return ClientResponse(raw, method)

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method.upper(), url, **kwargs))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()
