"""A look-alike of `requests` over the sandbox's fetch: blocking, like the real one.

Requests to https://httpbin.org/ are answered by the simulated httpbin with its real delays.
Only what the course uses is here: get/post/put/delete/head/request, Session, Response.
"""

import json as _json

import _lab_js as js
import lab_gate

__version__ = "2.32.3 (Async Lab look-alike)"


class RequestException(IOError):
    pass


class HTTPError(RequestException):
    def __init__(self, message, response=None):
        super().__init__(message)
        self.response = response


class ConnectionError(RequestException):
    pass


class Timeout(RequestException):
    pass


class Response:
    def __init__(self, raw):
        self.status_code = int(raw.status)
        self.reason = str(raw.statusText)
        self.url = str(raw.url)
        self.headers = {str(k).lower(): str(v) for k, v in raw.headers.to_py()}
        self.text = str(raw.text)
        self.encoding = "utf-8"

    @property
    def content(self):
        return self.text.encode("utf-8")

    @property
    def ok(self):
        return self.status_code < 400

    def json(self, **kwargs):
        return _json.loads(self.text, **kwargs)

    def raise_for_status(self):
        if self.status_code >= 400:
            kind = "Client" if self.status_code < 500 else "Server"
            raise HTTPError(f"{self.status_code} {kind} Error: {self.reason} for url: {self.url}", response=self)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def __repr__(self):
        return f"<Response [{self.status_code}]>"


def _url(url, params):
    if not params:
        return url
    from urllib.parse import urlencode

    return url + ("&" if "?" in url else "?") + urlencode(params)


def request(method, url, params=None, data=None, json=None, headers=None, timeout=None, **kwargs):
    body = None
    headers = dict(headers or {})
    if json is not None:
        body = _json.dumps(json)
        headers.setdefault("Content-Type", "application/json")
    elif isinstance(data, dict):
        from urllib.parse import urlencode

        body = urlencode(data)
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    elif data is not None:
        body = data if isinstance(data, str) else bytes(data).decode("utf-8")
    full = _url(url, params)
    label = f"requests.{method.lower()}({full})"
    try:
        raw = lab_gate.wait(lambda: js.http(method.upper(), full, _json.dumps(headers), body), label)
    except RuntimeError:
        raise
    except Exception as error:
        raise ConnectionError(str(error)) from None
    return Response(raw)


def get(url, params=None, **kwargs):
    return request("GET", url, params=params, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("POST", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request("PUT", url, data=data, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)


class Session:
    def __init__(self):
        self.headers = {}

    def request(self, method, url, **kwargs):
        kwargs["headers"] = {**self.headers, **(kwargs.get("headers") or {})}
        return request(method, url, **kwargs)

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
